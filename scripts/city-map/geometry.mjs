// @ts-check
/**
 * The pure parts of the city map's preparation: tile maths, clipping,
 * simplifying and the layer table's selection. No file access, so the unit
 * tests (scripts/city-map/city-map.test.ts) run them on small shapes.
 *
 * Points are flat [x0, y0, x1, y1, ...] arrays in a tile's own units
 * (0..extent across the tile, y down), as the vector tiles give them.
 */
import { latOf, lonOf, worldX, worldY } from '../../src/shared/web-mercator.mjs';

/** An index known to be in range (the tsconfig checks every index). @param {ArrayLike<number>} a @param {number} i */
export const at = (a, i) => /** @type {number} */ (a[i]);

/** @typedef {number[]} Flat */
/** @typedef {{ id: string, source: string, classes?: string[], subclasses?: string[], exclude?: Record<string, string[]>, zooms: [number, number], dataTo?: number, kind: 'fill' | 'line', near?: [number, number][] }} LayerEntry */

/**
 * Lon/lat -> units of tile (z, x, y) at `extent` units a tile (Web Mercator, y from the north).
 * @param {number} lon @param {number} lat @param {{ z: number, x: number, y: number }} tile @param {number} extent
 * @returns {[number, number]}
 */
export function toTileUnits(lon, lat, { z, x, y }, extent) {
  const n = 2 ** z;
  return [(worldX(lon) * n - x) * extent, (worldY(lat) * n - y) * extent];
}

/**
 * Tile units -> lon/lat.
 * @param {number} px @param {number} py @param {{ z: number, x: number, y: number }} tile @param {number} extent
 * @returns {[number, number]}
 */
export function toLonLat(px, py, { z, x, y }, extent) {
  const n = 2 ** z;
  return [lonOf((x + px / extent) / n), latOf((y + py / extent) / n)];
}

/**
 * Does this feature belong to the entry? (Its source layer is checked by the caller.)
 * @param {LayerEntry} entry @param {Record<string, unknown>} properties @param {'fill' | 'line'} kind
 */
export function selects(entry, properties, kind) {
  if (entry.kind !== kind) return false;
  const has = (/** @type {string[] | undefined} */ list, /** @type {unknown} */ value) => !list || list.includes(String(value));
  if (!has(entry.classes, properties.class) || !has(entry.subclasses, properties.subclass)) return false;
  return !Object.entries(entry.exclude ?? {}).some(([key, values]) => values.includes(String(properties[key])));
}

/**
 * Keeps the part of a ring inside the square [lo, hi]² (Sutherland–Hodgman):
 * the ring's winding is kept, so fills stay right with the nonzero rule.
 * @param {Flat} ring @param {number} lo @param {number} hi @returns {Flat}
 */
export function clipRing(ring, lo, hi) {
  let out = ring;
  for (const [axis, edge, below] of /** @type {[0 | 1, number, boolean][]} */ ([
    [0, lo, false],
    [0, hi, true],
    [1, lo, false],
    [1, hi, true],
  ])) {
    const input = out;
    out = [];
    const n = input.length / 2;
    if (!n) break;
    const inside = (/** @type {number} */ i) => (below ? at(input, 2 * i + axis) <= edge : at(input, 2 * i + axis) >= edge);
    for (let i = 0; i < n; i++) {
      const j = (i + n - 1) % n;
      const [a, b] = [inside(j), inside(i)];
      if (a !== b) {
        const [px, py, qx, qy] = [at(input, 2 * j), at(input, 2 * j + 1), at(input, 2 * i), at(input, 2 * i + 1)];
        const t = (edge - (axis ? py : px)) / (axis ? qy - py : qx - px);
        out.push(axis ? px + (qx - px) * t : edge, axis ? edge : py + (qy - py) * t);
      }
      if (b) out.push(at(input, 2 * i), at(input, 2 * i + 1));
    }
  }
  return out;
}

/**
 * The runs of a line inside the square [lo, hi]² (each segment clipped, Liang–Barsky).
 * @param {Flat} line @param {number} lo @param {number} hi @returns {Flat[]}
 */
export function clipLine(line, lo, hi) {
  /** @type {Flat[]} */
  const runs = [];
  /** @type {Flat | undefined} */
  let run;
  for (let i = 0; i + 3 < line.length; i += 2) {
    const [ax, ay] = [at(line, i), at(line, i + 1)];
    const [dx, dy] = [at(line, i + 2) - ax, at(line, i + 3) - ay];
    let [t0, t1] = [0, 1];
    let visible = true;
    for (const [p, q] of /** @type {[number, number][]} */ ([
      [-dx, ax - lo],
      [dx, hi - ax],
      [-dy, ay - lo],
      [dy, hi - ay],
    ])) {
      if (p === 0) {
        if (q < 0) visible = false;
        continue;
      }
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
    }
    if (!visible || t0 > t1) {
      run = undefined;
      continue;
    }
    if (!run || t0 > 0) runs.push((run = [ax + dx * t0, ay + dy * t0]));
    run.push(ax + dx * t1, ay + dy * t1);
    if (t1 < 1) run = undefined;
  }
  return runs;
}

/**
 * Douglas–Peucker: drops the points closer than `tolerance` to the line through their neighbours.
 * @param {Flat} points @param {number} tolerance @returns {Flat}
 */
export function simplify(points, tolerance) {
  const n = points.length / 2;
  if (n <= 2) return points.slice();
  const keep = new Uint8Array(n);
  keep[0] = keep[n - 1] = 1;
  /** @type {[number, number][]} */
  const stack = [[0, n - 1]];
  const t2 = tolerance * tolerance;
  while (stack.length) {
    const [a, b] = /** @type {[number, number]} */ (stack.pop());
    const [ax, ay, bx, by] = [at(points, 2 * a), at(points, 2 * a + 1), at(points, 2 * b), at(points, 2 * b + 1)];
    const [dx, dy] = [bx - ax, by - ay];
    const len2 = dx * dx + dy * dy;
    let [worst, far] = [-1, -1];
    for (let i = a + 1; i < b; i++) {
      const [px, py] = [at(points, 2 * i) - ax, at(points, 2 * i + 1) - ay];
      const t = len2 ? Math.max(0, Math.min(1, (px * dx + py * dy) / len2)) : 0;
      const d2 = (px - t * dx) ** 2 + (py - t * dy) ** 2;
      if (d2 > worst) [worst, far] = [d2, i];
    }
    if (worst > t2) {
      keep[far] = 1;
      stack.push([a, far], [far, b]);
    }
  }
  return points.filter((_, k) => keep[k >> 1]);
}

/**
 * Rounds to integers and drops repeated points.
 * @param {Flat} points @returns {Flat}
 */
export function quantise(points) {
  /** @type {Flat} */
  const out = [];
  for (let i = 0; i + 1 < points.length; i += 2) {
    const [x, y] = [Math.round(at(points, i)), Math.round(at(points, i + 1))];
    if (out.length && at(out, out.length - 2) === x && at(out, out.length - 1) === y) continue;
    out.push(x, y);
  }
  return out;
}

/** Twice the signed area of a ring (shoelace). @param {Flat} ring */
export function ringArea2(ring) {
  let sum = 0;
  for (let i = 0, n = ring.length, j = n - 2; i < n; j = i, i += 2) sum += at(ring, j) * at(ring, i + 1) - at(ring, i) * at(ring, j + 1);
  return sum;
}

/** Even-odd point in ring. @param {Flat} ring @param {number} x @param {number} y */
export function ringContains(ring, x, y) {
  let inside = false;
  for (let i = 0, n = ring.length, j = n - 2; i < n; j = i, i += 2) {
    const [xi, yi, xj, yj] = [at(ring, i), at(ring, i + 1), at(ring, j), at(ring, j + 1)];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * Points spaced about `every` apart along a line (its length measured in the
 * line's own units): where a road's name may be written.
 * @param {Flat} line @param {number} every @returns {[number, number][]}
 */
export function pointsAlong(line, every) {
  /** @type {[number, number][]} */
  const out = [];
  let next = every / 2;
  let walked = 0;
  for (let i = 0; i + 3 < line.length; i += 2) {
    const [ax, ay, bx, by] = [at(line, i), at(line, i + 1), at(line, i + 2), at(line, i + 3)];
    const step = Math.hypot(bx - ax, by - ay);
    while (step > 0 && walked + step >= next) {
      const t = (next - walked) / step;
      out.push([ax + (bx - ax) * t, ay + (by - ay) * t]);
      next += every;
    }
    walked += step;
  }
  return out;
}

/**
 * Road numbers as drivers read them: "A 1" -> "A1", "I 405" -> "I-405",
 * "US 101" -> "US-101", "CA 1" -> "CA-1". Several refs ("A 1;E 19"): the first.
 * @param {string} ref
 */
export function roadNumber(ref) {
  const first = (ref.split(';')[0] ?? '').trim();
  const m = /^([A-Z]+)\s*(\d+\w*)$/.exec(first);
  if (!m) return first;
  return m[1] === 'A' || m[1] === 'N' ? `${m[1]}${m[2]}` : `${m[1]}-${m[2]}`;
}
