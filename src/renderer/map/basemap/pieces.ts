/**
 * Pieces: rings or lines in world units, each with its bounding rect, sized
 * so a tile only touches a few small ones. Big rings are cut in halves (a
 * city tile must not walk all 84,000 points of Eurasia); long lines are cut
 * in runs.
 */
import { clipRingHalf } from './clip';
import type { Rect } from './tiles';

export interface Piece {
  box: Rect;
  xy: Float64Array;
}

/** Max points per piece: bounds the work one tile can cost. */
export const MAX_RING_POINTS = 512;
export const MAX_LINE_POINTS = 128;

export function rectOf(xy: ArrayLike<number>): Rect {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < xy.length; i += 2) {
    const x = xy[i]!,
      y = xy[i + 1]!;
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  return [x0, y0, x1, y1];
}

export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/** True if `inner` lies wholly within `outer`. */
export function rectWithin(inner: Rect, outer: Rect): boolean {
  return inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];
}

/** A copy sized to fit: clipping leaves its results in bigger buffers. */
const piece = (xy: Float64Array): Piece => ({ box: rectOf(xy), xy: xy.slice() });

/** Halves a ring across its longer side until each part has at most `max` points. */
export function splitRing(xy: Float64Array, max = MAX_RING_POINTS, depth = 0): Piece[] {
  if (xy.length < 6) return [];
  if (xy.length / 2 <= max || depth > 20) return [piece(xy)];
  const [x0, y0, x1, y1] = rectOf(xy);
  const axis = x1 - x0 >= y1 - y0 ? 0 : 1;
  const mid = axis ? (y0 + y1) / 2 : (x0 + x1) / 2;
  return [...splitRing(clipRingHalf(xy, axis, mid, true), max, depth + 1), ...splitRing(clipRingHalf(xy, axis, mid, false), max, depth + 1)];
}

/** Cuts a line into runs of at most `max` points that share their end points. */
export function chunkLine(xy: Float64Array, max = MAX_LINE_POINTS): Piece[] {
  const out: Piece[] = [];
  const step = 2 * (max - 1);
  for (let s = 0; s + 2 < xy.length; s += step) out.push(piece(xy.subarray(s, s + step + 2)));
  return out;
}
