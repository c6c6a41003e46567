/**
 * Editors help the curator: each content file names a JSON Schema (`$schema`)
 * generated from the same zod schemas the app validates with, so an editor
 * completes fields, shows each field's description and underlines mistakes
 * while one types. The committed schemas must be what the zod schemas give:
 * `npm run schemas` writes them again after a change to src/model/schema.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CONTENT_FILES, type ContentFile } from '../src/model/content';
import { chaptersFileSchema, placesFileSchema, speechesFileSchema } from '../src/model/schema';

const DATA = resolve(import.meta.dirname, '../data');
const SCHEMAS: Record<ContentFile, z.ZodType> = {
  'places.json': placesFileSchema,
  'chapters.json': chaptersFileSchema,
  'speeches.json': speechesFileSchema,
};
const schemaPath = (file: ContentFile) => `schema/${file.replace('.json', '.schema.json')}`;

/** The JSON Schema an editor reads: what a curator writes (defaults optional), in draft-07, which editors know best. */
function jsonSchemaOf(file: ContentFile): string {
  const schema = z.toJSONSchema(SCHEMAS[file], { target: 'draft-7', io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, title: `Handover: data/${file}` }, null, 2)}\n`;
}

/** Every property of a JSON Schema, with the path to it. */
function properties(node: unknown, path = ''): { path: string; schema: Record<string, unknown> }[] {
  if (typeof node !== 'object' || node === null) return [];
  const entries = Object.entries(node as Record<string, unknown>);
  return entries.flatMap(([key, value]) => {
    if (key === 'properties' && typeof value === 'object' && value !== null) {
      return Object.entries(value as Record<string, Record<string, unknown>>).flatMap(([name, schema]) => [
        { path: `${path}.${name}`, schema },
        ...properties(schema, `${path}.${name}`),
      ]);
    }
    return properties(value, key === 'items' || key === 'anyOf' || key === 'allOf' || key === 'prefixItems' ? `${path}[]` : path);
  });
}

describe.each(CONTENT_FILES)('data/%s', (file) => {
  const committedPath = resolve(DATA, schemaPath(file));

  it('names its JSON Schema, and the committed schema is the one the app validates with', () => {
    const generated = jsonSchemaOf(file);
    if (process.env.UPDATE_SCHEMAS) writeFileSync(committedPath, generated);
    expect(JSON.parse(readFileSync(resolve(DATA, file), 'utf8')).$schema).toBe(`./${schemaPath(file)}`);
    expect(readFileSync(committedPath, 'utf8'), 'run npm run schemas').toBe(generated);
  });

  it('describes every field for the curator', () => {
    const fields = properties(JSON.parse(jsonSchemaOf(file)));
    expect(fields.length).toBeGreaterThan(2);
    const undescribed = fields.filter(({ schema }) => typeof schema.description !== 'string').map(({ path }) => path);
    expect(undescribed).toEqual([]);
  });
});
