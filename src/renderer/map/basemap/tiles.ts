/**
 * Web Mercator tile maths (the scheme Leaflet's EPSG3857 uses). "World units"
 * put the whole square world in [0, 1] x [0, 1], top-left at 180°W, 85.05°N;
 * at zoom z it is 256 * 2^z CSS pixels wide.
 */
import { latOf, lonOf } from '@shared/web-mercator.mjs';

export const TILE_SIZE = 256;

export interface TileCoords {
  x: number;
  y: number;
  z: number;
}

/** [minX, minY, maxX, maxY] in world units. */
export type Rect = readonly [number, number, number, number];

/** [west, south, east, north] in degrees. */
export type LonLatBox = readonly [number, number, number, number];

export function worldSize(z: number): number {
  return TILE_SIZE * 2 ** z;
}

/** Leaflet already wraps x for EPSG3857, but a stray x must still land on the world. */
export function wrapTileX(x: number, z: number): number {
  const n = 2 ** z;
  return ((x % n) + n) % n;
}

/** The tile's square in world units, grown by `marginPx` CSS pixels on every side. */
export function tileWorldRect({ x, y, z }: TileCoords, marginPx = 0): Rect {
  const n = 2 ** z;
  const m = marginPx / worldSize(z);
  const wx = wrapTileX(x, z);
  return [wx / n - m, y / n - m, (wx + 1) / n + m, (y + 1) / n + m];
}

/** The lon/lat box a tile covers (for callers who think in degrees). */
export function tileLonLatBox(coords: TileCoords): LonLatBox {
  const [x0, y0, x1, y1] = tileWorldRect(coords);
  return [lonOf(x0), latOf(y1), lonOf(x1), latOf(y0)];
}

export interface TileTransform {
  /** Device pixels per world unit. */
  k: number;
  /** Device pixels to subtract so the tile's top-left lands on [0, 0]. */
  ox: number;
  oy: number;
}

/** World units -> the tile canvas's device pixels: [u * k - ox, v * k - oy]. */
export function tileTransform({ x, y, z }: TileCoords, dpr: number): TileTransform {
  return { k: worldSize(z) * dpr, ox: wrapTileX(x, z) * TILE_SIZE * dpr, oy: y * TILE_SIZE * dpr };
}
