/**
 * The timeline's geometry: every chapter a point along a line, and the
 * current chapter's leg the stretch from the point before it to its own (the
 * leg is travelled on entering the chapter). Pure: positions are fractions
 * (0..1) of the timeline's length, for the component to scale.
 */
import { clamp01 } from './leg';

/** A press this close to a point (a fraction of the gap between two points) means that chapter. */
const SNAP = 0.3;

/** Where chapter `index`'s point sits along the timeline. */
export const pointAt = (index: number, count: number): number => (count > 1 ? index / (count - 1) : 0);

/** How much of the timeline lies behind the flag: to the previous chapter's point, and `legProgress` of the way on. */
export const filledTo = (current: number, count: number, legProgress: number): number =>
  current === 0 ? 0 : pointAt(current - 1 + clamp01(legProgress), count);

export type TimelineTarget = { type: 'goto'; index: number } | { type: 'seek'; to: number };

/** The fraction of the current chapter's leg at `x` along the timeline (0 before its start, 1 past its end). */
export function legFractionAt(x: number, count: number, current: number): number {
  const along = x * (count - 1) - (current - 1);
  return along < 0 ? 0 : along > 1 ? 1 : along;
}

/**
 * What a press at `x` asks for, with the show at chapter `current`: on the
 * current chapter's leg, away from the point it starts from, to move the flag
 * along it; anywhere else, the chapter whose point is nearest.
 */
export function timelineTarget(x: number, count: number, current: number, hasLeg: boolean): TimelineTarget {
  const at = clamp01(x) * (count - 1);
  if (hasLeg && current > 0 && at > current - 1 + SNAP && at < current + SNAP) return { type: 'seek', to: legFractionAt(x, count, current) };
  return { type: 'goto', index: Math.round(at) };
}
