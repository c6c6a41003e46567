import { describe, expect, it } from 'vitest';
import { unwrapRing } from './antimeridian';

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
    expect(
      unwrapRing([
        [0, -86],
        [1, -80],
        [2, -86],
        [0, -86],
      ]),
    ).toBeNull();
  });
});
