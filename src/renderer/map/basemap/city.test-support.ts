/**
 * Test helpers for the city maps (imported by tests only): small city maps
 * made in memory, and tile maths.
 */
import { worldX, worldY } from '@shared/web-mercator.mjs';
import type { CityMap, TileParts } from './city-file';
import { tileKey } from './city-file';
import type { TileCoords } from './tiles';

export function tileOf(lat: number, lng: number, z: number): TileCoords {
  const n = 2 ** z;
  return { x: Math.floor(worldX(lng) * n), y: Math.floor(worldY(lat) * n), z };
}

/** Parts from flat [x0, y0, x1, y1, ...] lists in tile units. */
export function partsOf(...parts: number[][]): TileParts {
  const counts = Uint32Array.from(parts, (p) => p.length / 2);
  const xy = Int16Array.from(parts.flat());
  const boxes = Int16Array.from(
    parts.flatMap((p) => {
      const xs = p.filter((_, i) => i % 2 === 0),
        ys = p.filter((_, i) => i % 2 === 1);
      return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
    }),
  );
  return { counts, xy, boxes };
}

/** A city map with the given tiles' layers, round Paris, fading far out. */
export function cityMapOf(tiles: [TileCoords, Record<string, TileParts>][]): CityMap {
  return {
    city: 'test',
    extent: 1024,
    bounds: [1, 48, 4, 50],
    fade: { at: [48.9, 2.35], inner: [500, 500], width: 10 },
    names: { places: [], roads: {} },
    tiles: new Map(tiles.map(([{ z, x, y }, layers]) => [tileKey(z, x, y), new Map(Object.entries(layers))])),
  };
}
