/**
 * Where new content opens: the rule the show's window and the presenter view
 * share, so a content edit leaves both on the same chapter.
 */
import { chapterFromHash } from './deep-link';

/** The chapter on screen when new content arrives. */
export interface ShownChapter {
  id: string;
  index: number;
}

/**
 * The index to open `ids` (the new content's chapters) at: the chapter on
 * screen, found by its id; if it is gone, the one at its place (the last, if
 * the story got shorter). At start (nothing shown), the deep link's chapter
 * (`#/<id>`) or the first.
 */
export function chapterAfterReload(ids: readonly string[], shown: ShownChapter | null, hash: string): number {
  if (!shown) return chapterFromHash(hash, ids) ?? 0;
  const here = ids.indexOf(shown.id);
  return here >= 0 ? here : Math.max(0, Math.min(shown.index, ids.length - 1));
}
