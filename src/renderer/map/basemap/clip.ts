/**
 * Planar clipping on flat [x0, y0, x1, y1, ...] arrays in world units. Rings
 * are clipped one by one (Sutherland–Hodgman); land is filled even-odd, so a
 * clipped ring set covers exactly the clipped area, holes included.
 */
import type { Rect } from './tiles';

/**
 * Keeps the part of a closed ring on one side of the line `axis = edge`.
 * Hot when big rings are cut up at load: typed arrays in and out, no closures.
 */
export function clipRingHalf(xy: Float64Array, axis: 0 | 1, edge: number, keepBelow: boolean): Float64Array {
  const n = xy.length >> 1;
  if (n === 0) return xy;
  // Each point adds at most itself and one crossing.
  const out = new Float64Array(4 * n);
  let k = 0;
  const sign = keepBelow ? 1 : -1;
  let px = xy[2 * n - 2]!;
  let py = xy[2 * n - 1]!;
  let pIn = sign * ((axis ? py : px) - edge) <= 0;
  for (let i = 0; i < 2 * n; i += 2) {
    const x = xy[i]!;
    const y = xy[i + 1]!;
    const isIn = sign * ((axis ? y : x) - edge) <= 0;
    if (isIn !== pIn) {
      const t = (edge - (axis ? py : px)) / (axis ? y - py : x - px);
      // Put the new point exactly on the edge so neighbouring pieces share it.
      out[k++] = axis ? px + (x - px) * t : edge;
      out[k++] = axis ? edge : py + (y - py) * t;
    }
    if (isIn) {
      out[k++] = x;
      out[k++] = y;
    }
    px = x;
    py = y;
    pIn = isIn;
  }
  return out.subarray(0, k);
}

export function clipRingToRect(xy: Float64Array, [x0, y0, x1, y1]: Rect): Float64Array {
  let out = clipRingHalf(xy, 0, x0, false);
  out = clipRingHalf(out, 0, x1, true);
  out = clipRingHalf(out, 1, y0, false);
  return clipRingHalf(out, 1, y1, true);
}

/**
 * The part [t0, t1] of a segment inside the rectangle (Liang–Barsky), or null
 * if it misses it. Pure: no state between calls, so clipping is reentrant.
 */
function segmentInside(ax: number, ay: number, dx: number, dy: number, [rx0, ry0, rx1, ry1]: Rect): [number, number] | null {
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, ax - rx0],
    [dx, rx1 - ax],
    [-dy, ay - ry0],
    [dy, ry1 - ay],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const t = q / p;
    if (p < 0) {
      if (t > t1) return null;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return null;
      if (t < t1) t1 = t;
    }
  }
  return [t0, t1];
}

/** Clips an open polyline to a rectangle: the visible runs, each a flat array. */
export function clipLineToRect(xy: ArrayLike<number>, rect: Rect): number[][] {
  const runs: number[][] = [];
  let run: number[] | undefined;
  for (let i = 0; i + 3 < xy.length; i += 2) {
    const ax = xy[i]!,
      ay = xy[i + 1]!,
      dx = xy[i + 2]! - ax,
      dy = xy[i + 3]! - ay;
    const inside = segmentInside(ax, ay, dx, dy, rect);
    if (!inside) {
      run = undefined;
      continue;
    }
    const [t0, t1] = inside;
    if (!run || t0 > 0) runs.push((run = [ax + dx * t0, ay + dy * t0]));
    run.push(ax + dx * t1, ay + dy * t1);
    if (t1 < 1) run = undefined;
  }
  return runs;
}
