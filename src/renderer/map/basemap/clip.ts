/**
 * Planar clipping on flat [x0, y0, x1, y1, ...] arrays in world units. Rings
 * are clipped one by one (Sutherland–Hodgman); land is filled even-odd, so a
 * clipped ring set covers exactly the clipped area, holes included.
 */
import type { Rect } from './tiles';

/** Keeps the part of a closed ring on one side of the line `axis = edge`. */
export function clipRingHalf(xy: ArrayLike<number>, axis: 0 | 1, edge: number, keepBelow: boolean): number[] {
  const out: number[] = [];
  const n = xy.length >> 1;
  const inside = (i: number) => (keepBelow ? xy[2 * i + axis]! <= edge : xy[2 * i + axis]! >= edge);
  let prev = n - 1;
  let prevIn = n > 0 && inside(prev);
  for (let i = 0; i < n; i++) {
    const isIn = inside(i);
    if (isIn !== prevIn) {
      const ax = xy[2 * prev]!, ay = xy[2 * prev + 1]!, bx = xy[2 * i]!, by = xy[2 * i + 1]!;
      const t = (edge - (axis ? ay : ax)) / (axis ? by - ay : bx - ax);
      // Put the new point exactly on the edge so neighbouring pieces share it.
      out.push(axis ? ax + (bx - ax) * t : edge, axis ? edge : ay + (by - ay) * t);
    }
    if (isIn) out.push(xy[2 * i]!, xy[2 * i + 1]!);
    prev = i;
    prevIn = isIn;
  }
  return out;
}

export function clipRingToRect(xy: ArrayLike<number>, [x0, y0, x1, y1]: Rect): number[] {
  let out = clipRingHalf(xy, 0, x0, false);
  out = clipRingHalf(out, 0, x1, true);
  out = clipRingHalf(out, 1, y0, false);
  return clipRingHalf(out, 1, y1, true);
}

let t0 = 0;
let t1 = 1;
/** One Liang–Barsky test; false when the segment is wholly outside this edge. */
function narrow(p: number, q: number): boolean {
  if (p === 0) return q >= 0;
  const t = q / p;
  if (p < 0) {
    if (t > t1) return false;
    if (t > t0) t0 = t;
  } else {
    if (t < t0) return false;
    if (t < t1) t1 = t;
  }
  return true;
}

/** Clips an open polyline to a rectangle: the visible runs, each a flat array. */
export function clipLineToRect(xy: ArrayLike<number>, [rx0, ry0, rx1, ry1]: Rect): number[][] {
  const runs: number[][] = [];
  let run: number[] | undefined;
  for (let i = 0; i + 3 < xy.length; i += 2) {
    const ax = xy[i]!, ay = xy[i + 1]!, dx = xy[i + 2]! - ax, dy = xy[i + 3]! - ay;
    t0 = 0;
    t1 = 1;
    const visible = narrow(-dx, ax - rx0) && narrow(dx, rx1 - ax) && narrow(-dy, ay - ry0) && narrow(dy, ry1 - ay);
    if (!visible) {
      run = undefined;
      continue;
    }
    if (!run || t0 > 0) runs.push((run = [ax + dx * t0, ay + dy * t0]));
    run.push(ax + dx * t1, ay + dy * t1);
    if (t1 < 1) run = undefined;
  }
  return runs;
}
