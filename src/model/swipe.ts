/**
 * What a finger's stroke across the show means: a clear horizontal swipe
 * turns the page (leftwards for the next chapter, as a book), anything else
 * (a tap, a slow drag, a mostly vertical stroke) means nothing.
 */

export const SWIPE = {
  /** At least this far across, in CSS pixels. */
  minDistance: 80,
  /** At least this many times farther across than up or down. */
  dominance: 2,
  /** Within this many milliseconds from touch to lift. */
  maxMilliseconds: 1000,
} as const;

/** The command a stroke of `dx`, `dy` pixels over `ms` milliseconds stands for, or null. */
export function swipeCommand(dx: number, dy: number, ms: number): 'next' | 'prev' | null {
  if (ms > SWIPE.maxMilliseconds || Math.abs(dx) < SWIPE.minDistance || Math.abs(dx) < SWIPE.dominance * Math.abs(dy)) return null;
  return dx < 0 ? 'next' : 'prev';
}
