import { describe, expect, it } from 'vitest';
import { cutAtWorldEdges, unwrapRing } from './antimeridian';

describe('rings across the antimeridian', () => {
  it('makes longitudes continuous', () => {
    const ring = [
      [170, 60],
      [-170, 60],
      [-170, 65],
      [170, 65],
      [170, 60],
    ];
    expect(unwrapRing(ring)?.map((p) => p[0])).toEqual([170, 190, 190, 170, 170]);
  });

  it('leaves rings round a pole, or beyond the map, to d3', () => {
    const aroundThePole = [
      [-180, -70],
      [-60, -75],
      [60, -70],
      [180, -70],
      [-180, -70],
    ];
    expect(unwrapRing(aroundThePole)).toBeNull();
    expect(unwrapRing([[0, -86], [1, -80], [2, -86], [0, -86]])).toBeNull();
  });

  it('cuts a projected ring at the world edge and moves each part onto the world', () => {
    // A square from x 0.9 to 1.1: 0.9..1 stays, 1..1.1 moves to 0..0.1.
    const parts = cutAtWorldEdges(Float64Array.from([0.9, 0.4, 1.1, 0.4, 1.1, 0.5, 0.9, 0.5]));
    expect(parts.length).toBe(2);
    const xs = parts.map((p) => Array.from(p).filter((_, i) => i % 2 === 0));
    expect(Math.min(...xs[0]!)).toBeCloseTo(0.9);
    expect(Math.max(...xs[0]!)).toBe(1);
    expect(Math.min(...xs[1]!)).toBe(0);
    expect(Math.max(...xs[1]!)).toBeCloseTo(0.1);
    const inside = Float64Array.from([0.2, 0.2, 0.3, 0.2, 0.3, 0.3]);
    expect(cutAtWorldEdges(inside)).toEqual([inside]);
  });
});
