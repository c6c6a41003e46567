/**
 * One palette (src/shared/palette.ts): app.css declares its colours as
 * custom properties, and must declare the same values.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSS_VARIABLES, PALETTE, type PaletteName } from '../src/shared/palette';

const css = readFileSync(join(import.meta.dirname, '../src/renderer/app.css'), 'utf8');
const root = /:root\s*{([^}]*)}/.exec(css)?.[1] ?? '';
const declared = new Map([...root.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));

describe('the palette', () => {
  it.each(Object.entries(CSS_VARIABLES) as [PaletteName, string][])('app.css declares %s as %s with the palette’s value', (name, variable) => {
    expect(declared.get(variable)).toBe(PALETTE[name]);
  });

  it('is the only place app.css’s palette colours are written as hex elsewhere in the stylesheet', () => {
    const outside = css.replace(root, '');
    for (const name of Object.keys(CSS_VARIABLES) as PaletteName[]) expect(outside.toLowerCase()).not.toContain(PALETTE[name].toLowerCase());
  });
});
