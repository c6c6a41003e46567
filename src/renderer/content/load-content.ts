/**
 * Fetches the content files from data/ beside the app and validates them.
 * The result is a journey to show, or problems to show instead, with the
 * files' text as read, so a watcher can tell when they change.
 */
import { CONTENT_FILES, parseContent, type ContentFile, type ContentProblem } from '@model/content';
import { buildJourney, type Journey } from '@model/journey';
import { contentHash } from '@shared/content-hash';

export type LoadResult = ({ ok: true; journey: Journey; /** The files' contentHash, as read. */ hash: string } | { ok: false; problems: ContentProblem[] }) & {
  /** What was read, file by file (or what went wrong): equal signatures, equal content. */
  signature: string;
};

async function readFile(file: ContentFile): Promise<string | ContentProblem> {
  try {
    const response = await fetch(`./data/${file}`, { cache: 'no-store' });
    if (!response.ok) return { file, path: '', message: `expected the file to exist (the app got HTTP ${response.status})` };
    return await response.text();
  } catch (error) {
    return { file, path: '', message: `expected a readable file (${(error as Error).message})` };
  }
}

export async function loadContent(): Promise<LoadResult> {
  const texts = await Promise.all(CONTENT_FILES.map(readFile));
  const signature = JSON.stringify(texts);
  const missing = texts.filter((t): t is ContentProblem => typeof t !== 'string');
  if (missing.length > 0) return { ok: false, problems: missing, signature };
  const sources = Object.fromEntries(CONTENT_FILES.map((file, i) => [file, texts[i] as string])) as Record<ContentFile, string>;
  const result = parseContent(sources);
  return result.ok ? { ok: true, journey: buildJourney(result.content), hash: contentHash(texts as string[]), signature } : { ...result, signature };
}
