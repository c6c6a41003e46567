/**
 * The handout view, `?view=handout`: the story laid out as printed pages
 * (A4 landscape), which `npm run export -- --pdf` prints to a PDF. The
 * exporter puts each chapter's pictures (its map at rest, the relay diagram)
 * into the page; `?chapters=N` keeps the first N chapters.
 */
import { VIEW_PARAM } from './presenter';

export const HANDOUT_VIEW = 'handout';

export const isHandoutView = (search: string): boolean => new URLSearchParams(search).get(VIEW_PARAM) === HANDOUT_VIEW;

/** How many chapters `?chapters=N` asks for, or all of them (`count`). */
export function handoutChapterCount(search: string, count: number): number {
  const asked = Number(new URLSearchParams(search).get('chapters'));
  return Number.isInteger(asked) && asked > 0 ? Math.min(asked, count) : count;
}

/** The `data-picture` an exported picture goes into: a chapter's map, or the relay diagram at that chapter. */
export const handoutPicture = (kind: 'map' | 'relay', chapterId: string): string => `${kind}:${chapterId}`;
