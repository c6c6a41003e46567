/**
 * The overview (O): every chapter as a card in a grid that fits the screen
 * without scrolling. Pure layout and selection; the overlay renders it and the
 * keyboard controller moves the selection with it.
 */

/** The grid's area on a 1920x1080 screen (about 1790x870 once the heading is in) over a card's shape (4:3). */
const SHAPE = 1790 / 870 / (4 / 3);

export interface OverviewGrid {
  columns: number;
  rows: number;
}

/** A grid for `count` cards: columns by rows, so that the cards come out near 4:3. */
export function overviewGrid(count: number): OverviewGrid {
  const n = Math.max(1, count);
  const columns = Math.min(n, Math.ceil(Math.sqrt(n * SHAPE)));
  return { columns, rows: Math.ceil(n / columns) };
}

export type OverviewStep = 'left' | 'right' | 'up' | 'down' | 'first' | 'last';

/** The card selected after an arrow (or Home/End) from `selected`, staying on the grid's cards. */
export function stepSelection(selected: number, step: OverviewStep, count: number): number {
  const { columns } = overviewGrid(count);
  const by: Record<OverviewStep, number> = { left: -1, right: 1, up: -columns, down: columns, first: -count, last: count };
  const to = selected + by[step];
  // Up from the top row or down past the last card stays put; left/right and Home/End stop at the ends.
  if ((step === 'up' || step === 'down') && (to < 0 || to >= count)) return selected;
  return Math.max(0, Math.min(count - 1, to));
}
