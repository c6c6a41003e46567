import { describe, expect, it } from 'vitest';
import { clipLineToRect, clipRingHalf, clipRingToRect } from './clip';
import { chunkLine, splitRing } from './pieces';

/** Signed shoelace area of a flat ring. */
function area(xy: ArrayLike<number>): number {
  let sum = 0;
  const n = xy.length / 2;
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n;
    sum += xy[2 * i]! * xy[2 * j + 1]! - xy[2 * j]! * xy[2 * i + 1]!;
  }
  return sum / 2;
}

const f64 = (values: number[]) => Float64Array.from(values);
const square = f64([0, 0, 4, 0, 4, 4, 0, 4]);

describe('clipping', () => {
  it('keeps one side of a ring, with new points exactly on the edge', () => {
    const left = clipRingHalf(square, 0, 1, true);
    expect(area(left)).toBeCloseTo(4);
    expect(
      Array.from(left)
        .filter((_, i) => i % 2 === 0)
        .every((x) => x <= 1),
    ).toBe(true);
    expect(area(clipRingHalf(square, 1, 3, false))).toBeCloseTo(4);
  });

  it('clips a ring to a rectangle, and a rectangle inside a ring to itself', () => {
    expect(area(clipRingToRect(square, [1, 1, 2, 3]))).toBeCloseTo(2);
    expect(clipRingToRect(square, [5, 5, 6, 6]).length).toBe(0);
  });

  it('clips a line into its visible runs', () => {
    // In, out, back in: two runs.
    const runs = clipLineToRect([0, 1, 2, 1, 2, 5, 3, 5, 3, 1, 3.5, 1], [0, 0, 4, 2]);
    expect(runs).toEqual([
      [0, 1, 2, 1, 2, 2],
      [3, 2, 3, 1, 3.5, 1],
    ]);
    expect(clipLineToRect([5, 5, 6, 6], [0, 0, 4, 4])).toEqual([]);
  });
});

describe('pieces', () => {
  it('splits a big ring into small pieces of the same total area', () => {
    const ring: number[] = [];
    for (let i = 0; i < 3000; i++) {
      const a = (i / 3000) * 2 * Math.PI;
      ring.push(Math.cos(a) * (1 + 0.2 * Math.sin(9 * a)), Math.sin(a));
    }
    const pieces = splitRing(f64(ring), 256);
    expect(pieces.length).toBeGreaterThan(10);
    expect(Math.max(...pieces.map((p) => p.xy.length / 2))).toBeLessThanOrEqual(256);
    const total = pieces.reduce((sum, p) => sum + area(p.xy), 0);
    expect(total).toBeCloseTo(area(ring), 9);
  });

  it('chunks a line into runs that share their ends', () => {
    const line = f64(Array.from({ length: 20 }, (_, i) => i));
    const chunks = chunkLine(line, 4).map((p) => Array.from(p.xy));
    expect(chunks).toEqual([
      [0, 1, 2, 3, 4, 5, 6, 7],
      [6, 7, 8, 9, 10, 11, 12, 13],
      [12, 13, 14, 15, 16, 17, 18, 19],
    ]);
    expect(chunks[0] && chunkLine(line, 4)[0]!.box).toEqual([0, 1, 6, 7]);
  });
});
