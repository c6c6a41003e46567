/**
 * Where new content opens: the rule the show's window and the presenter view
 * share, so a content edit leaves both on the same chapter.
 */
import { chapterFromHash } from './deep-link';
import type { Journey, JourneyChapter } from './journey';

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

/** What a show on screen tells of where it is (a Show: its chapter and index). */
export interface OnScreen {
  readonly current: JourneyChapter;
  readonly index: number;
}

/** Where `journey` opens when it replaces the show on screen (`undefined` at start): chapterAfterReload's rule. */
export function reopenAt(journey: Journey, onScreen: OnScreen | undefined, hash: string): number {
  const ids = journey.chapters.map((c) => c.content.id);
  return chapterAfterReload(ids, onScreen ? { id: onScreen.current.content.id, index: onScreen.index } : null, hash);
}
