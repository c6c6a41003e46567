import { describe, expect, it } from 'vitest';
import { tileLonLatBox, tileTransform, tileWorldRect, worldSize, wrapTileX } from './tiles';

const MAX_LAT = 85.0511287798;

describe('tile maths', () => {
  it('sizes the world as 256 * 2^z pixels', () => {
    expect(worldSize(0)).toBe(256);
    expect(worldSize(3)).toBe(2048);
  });

  it('wraps x onto the world', () => {
    expect(wrapTileX(-1, 2)).toBe(3);
    expect(wrapTileX(4, 2)).toBe(0);
    expect(wrapTileX(9, 3)).toBe(1);
  });

  it('gives the lon/lat box of a tile', () => {
    const world = tileLonLatBox({ x: 0, y: 0, z: 0 });
    expect(world[0]).toBe(-180);
    expect(world[2]).toBe(180);
    expect(world[1]).toBeCloseTo(-MAX_LAT, 6);
    expect(world[3]).toBeCloseTo(MAX_LAT, 6);
    const ne = tileLonLatBox({ x: 1, y: 0, z: 1 });
    expect(ne[0]).toBe(0);
    expect(ne[1]).toBeCloseTo(0, 9);
    expect(ne[2]).toBe(180);
    // z3 tile (4, 2) holds Paris (48.86N, 2.35E).
    const [w, s, e, n] = tileLonLatBox({ x: 4, y: 2, z: 3 });
    expect([w, e]).toEqual([0, 45]);
    expect(s).toBeLessThan(48.86);
    expect(n).toBeGreaterThan(48.86);
  });

  it('grows the world rect by a margin in pixels', () => {
    const [x0, y0, x1, y1] = tileWorldRect({ x: 1, y: 1, z: 1 }, 2);
    expect(x0).toBeCloseTo(0.5 - 2 / 512, 12);
    expect(y0).toBeCloseTo(0.5 - 2 / 512, 12);
    expect(x1).toBeCloseTo(1 + 2 / 512, 12);
    expect(y1).toBeCloseTo(1 + 2 / 512, 12);
  });

  it('maps world units to device pixels of the tile', () => {
    const t = tileTransform({ x: 5, y: 2, z: 3 }, 2);
    expect(t.k).toBe(2048 * 2);
    expect(t.ox).toBe(5 * 256 * 2);
    expect(t.oy).toBe(2 * 256 * 2);
    expect(tileTransform({ x: -3, y: 0, z: 3 }, 1).ox).toBe(5 * 256);
  });
});
