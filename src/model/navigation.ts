/**
 * Navigation between chapters: where a navigation command takes the show, and
 * whether the move plays its leg (one step forward) or lands at once (anything
 * else). The show's reducer (show-state.ts) applies it for every move.
 */
export type NavigationCommand =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'first' }
  | { type: 'last' }
  /** A direct jump to chapter `index` (0-based): a deep link, a touch on the diagram, a typed number. */
  | { type: 'goto'; index: number }
  /** Autoplay's step: like next, but from the last chapter it wraps to the first. */
  | { type: 'advance' };

export interface Move {
  to: number;
  /** True when the leg of `to` should play; false to land in its final state. */
  animate: boolean;
}

/**
 * Applies a command at chapter `current` of `count`. Returns null when the
 * command goes nowhere (next on the last chapter, prev on the first, a chapter
 * number out of range), so the caller can leave everything as it is.
 * Previous never wraps: a presenter who backs up too far stays on chapter 1.
 */
export function navigate(current: number, count: number, command: NavigationCommand): Move | null {
  const to = target(current, count, command);
  if (to === null || to === current || to < 0 || to >= count) return null;
  return { to, animate: to === current + 1 };
}

function target(current: number, count: number, command: NavigationCommand): number | null {
  switch (command.type) {
    case 'next':
      return current + 1;
    case 'prev':
      return current - 1;
    case 'first':
      return 0;
    case 'last':
      return count - 1;
    case 'goto':
      return Number.isInteger(command.index) ? command.index : null;
    case 'advance':
      return current + 1 < count ? current + 1 : 0;
  }
}
