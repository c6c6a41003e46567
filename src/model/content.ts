/**
 * Validates the three content files together: each against its schema, then
 * the references between them. Problems name the file, the path inside it and
 * what was expected.
 */
import type { z } from 'zod';
import { chaptersFileSchema, placesFileSchema, speechesFileSchema, type AreaLabel, type Chapter, type Place, type Speech } from './schema';

export const CONTENT_FILES = ['places.json', 'chapters.json', 'speeches.json'] as const;
export type ContentFile = (typeof CONTENT_FILES)[number];

export interface Content {
  places: Place[];
  areas: AreaLabel[];
  chapters: Chapter[];
  speeches: Speech[];
}

export interface ContentProblem {
  file: ContentFile;
  /** Where in the file, e.g. `chapters[3].route.via[1]`; empty for the whole file. */
  path: string;
  message: string;
}

export type ContentResult = { ok: true; content: Content } | { ok: false; problems: ContentProblem[] };

/** `["chapters", 3, "route"]` -> `chapters[3].route` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

export function describeProblem({ file, path, message }: ContentProblem): string {
  return `data/${file}${path ? ` at ${path}` : ''}: ${message}`;
}

/** Parses one file's text; JSON syntax errors come back as problems too. */
function parseFile<T>(file: ContentFile, source: string, schema: z.ZodType<T>): T | ContentProblem[] {
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    return [{ file, path: '', message: `expected valid JSON (${(error as Error).message})` }];
  }
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  return result.error.issues.map((issue) => ({ file, path: formatPath(issue.path), message: messageOf(issue) }));
}

function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.code !== 'unrecognized_keys') return issue.message;
  const names = issue.keys.map((k) => `"${k}"`).join(', ');
  return `expected only the documented fields; ${names} is not one of them (check the spelling)`;
}

function duplicateIds(file: ContentFile, key: string, items: readonly { id: string }[]): ContentProblem[] {
  const seen = new Set<string>();
  return items.flatMap((item, i) => {
    if (!seen.has(item.id)) return (seen.add(item.id), []);
    return [{ file, path: `${key}[${i}].id`, message: `expected a unique id, but "${item.id}" is used twice` }];
  });
}

function crossReferences({ places, chapters, speeches }: Content): ContentProblem[] {
  const placeIds = new Set(places.map((p) => p.id));
  const chapterIds = new Set(chapters.map((c) => c.id));
  const problems: ContentProblem[] = [];
  const place = (ref: string, path: string) => {
    if (!placeIds.has(ref)) {
      problems.push({ file: 'chapters.json', path, message: `expected a place id from places.json, got "${ref}"` });
    }
  };
  chapters.forEach((c, i) => {
    c.route?.via.forEach((ref, j) => place(ref, `chapters[${i}].route.via[${j}]`));
    if (c.at) place(c.at, `chapters[${i}].at`);
    if ('fit' in c.view) {
      if (c.view.fit !== 'journey') c.view.fit.forEach((ref, j) => place(ref, `chapters[${i}].view.fit[${j}]`));
    } else place(c.view.center, `chapters[${i}].view.center`);
  });
  speeches.forEach((s, i) => {
    if (!chapterIds.has(s.chapter)) {
      problems.push({
        file: 'speeches.json',
        path: `speeches[${i}].chapter`,
        message: `expected a chapter id from chapters.json, got "${s.chapter}"`,
      });
    }
  });
  return problems;
}

/** Validates the content files' texts, keyed by file name. */
export function parseContent(sources: Record<ContentFile, string>): ContentResult {
  const places = parseFile('places.json', sources['places.json'], placesFileSchema);
  const chapters = parseFile('chapters.json', sources['chapters.json'], chaptersFileSchema);
  const speeches = parseFile('speeches.json', sources['speeches.json'], speechesFileSchema);
  const problems = [places, chapters, speeches].flatMap((r) => (Array.isArray(r) ? r : []));
  if (Array.isArray(places) || Array.isArray(chapters) || Array.isArray(speeches)) return { ok: false, problems };
  const content = { places: places.places, areas: places.areas, chapters: chapters.chapters, speeches: speeches.speeches };
  problems.push(
    ...duplicateIds('places.json', 'places', content.places),
    ...duplicateIds('chapters.json', 'chapters', content.chapters),
    ...duplicateIds('speeches.json', 'speeches', content.speeches),
    ...crossReferences(content),
  );
  return problems.length > 0 ? { ok: false, problems } : { ok: true, content };
}
