/**
 * A leg of the journey: a polyline with its cumulative lengths, so that the
 * flag's position at any fraction of the leg is a binary search away.
 */
import { angularDistance, greatCircleArc, lerpLatLng, type LatLng } from './geo';

export type PathKind = 'ground' | 'great-circle';

export interface Leg {
  readonly points: readonly LatLng[];
  /** cumulative[i] is the distance from points[0] to points[i], in radians. */
  readonly cumulative: readonly number[];
  readonly length: number;
}

/** Builds a leg through its waypoints; a great-circle leg is densified into an arc. */
export function makeLeg(waypoints: readonly LatLng[], path: PathKind): Leg {
  const points = path === 'great-circle' ? waypoints.slice(1).flatMap((to, i) => greatCircleArc(waypoints[i]!, to).slice(i === 0 ? 0 : 1)) : [...waypoints];
  const cumulative = [0];
  for (let i = 1; i < points.length; i++) {
    cumulative.push(cumulative[i - 1]! + angularDistance(points[i - 1]!, points[i]!));
  }
  return { points, cumulative, length: cumulative[cumulative.length - 1]! };
}

/** A fraction of a leg (or of any track), held to 0..1. */
export const clamp01 = (t: number): number => (t < 0 ? 0 : t > 1 ? 1 : t);

/** Index i of the segment points[i]..points[i+1] that holds distance d. */
function segmentAt(leg: Leg, d: number): number {
  let lo = 0;
  let hi = leg.cumulative.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (leg.cumulative[mid]! <= d) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** Where the flag is after fraction t (0..1) of the leg's length. */
export function flagPositionAt(leg: Leg, t: number): LatLng {
  const { points, cumulative, length } = leg;
  if (points.length === 1 || length === 0) return points[0]!;
  const d = clamp01(t) * length;
  const i = segmentAt(leg, d);
  const span = cumulative[i + 1]! - cumulative[i]!;
  return lerpLatLng(points[i]!, points[i + 1]!, span === 0 ? 0 : (d - cumulative[i]!) / span);
}

/** The part of the leg already travelled at fraction t, ending exactly at the flag. */
export function travelledPart(leg: Leg, t: number): LatLng[] {
  if (t >= 1) return [...leg.points];
  const i = segmentAt(leg, clamp01(t) * leg.length);
  return [...leg.points.slice(0, i + 1), flagPositionAt(leg, t)];
}
