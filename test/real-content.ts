/**
 * The real content files in data/, for unit tests of src/model.
 * Imported as JSON rather than read with node:fs because src/model's tests are
 * also type-checked by the renderer's tsconfig, which has no Node types.
 * (test/data.test.ts reads the files' own text with node:fs.)
 */
import chapters from '../data/chapters.json';
import places from '../data/places.json';
import speeches from '../data/speeches.json';
import { parseContent, type Content, type ContentFile } from '../src/model/content';

/** The three files' texts, keyed as parseContent expects. */
export function realSources(): Record<ContentFile, string> {
  return {
    'places.json': JSON.stringify(places, null, 2),
    'chapters.json': JSON.stringify(chapters, null, 2),
    'speeches.json': JSON.stringify(speeches, null, 2),
  };
}

/** The validated real content; throws (failing the test) if it does not validate. */
export function realContent(): Content {
  const result = parseContent(realSources());
  if (!result.ok) throw new Error(`data/ does not validate: ${JSON.stringify(result.problems)}`);
  return result.content;
}
