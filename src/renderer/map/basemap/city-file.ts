/**
 * Reads a city file written by scripts/prepare-city-map.mjs (laid out as
 * city-file-format.mjs says): the tiles' parts, each
 * a ring or a line in its tile's own units, by layer id, and the names to
 * write on the map. The header is read when the worker loads the city; each
 * tile's layers when first drawn.
 */
import { CITY_FILE_MAGIC as MAGIC } from './city-file-format.mjs';
import type { CityFade } from './cities.mjs';
import type { LonLatBox } from './tiles';

export type { CityFade };

/** One layer of one tile: `counts[i]` points per part, all parts' points in `xy`, each part's box in `boxes`. */
export interface TileParts {
  counts: Uint32Array;
  xy: Int16Array;
  /** [minX, minY, maxX, maxY] per part. */
  boxes: Int16Array;
}

export interface CityPlaceName {
  name: string;
  /** The place's class in OpenMapTiles: city, town, suburb, village, quarter. */
  kind: string;
  at: readonly [number, number];
}

export interface CityNames {
  places: readonly CityPlaceName[];
  /** Road numbers ("A1", "I-405") and the points [lat, lon] along the road where they may be written. */
  roads: Readonly<Record<string, readonly (readonly [number, number])[]>>;
}

/** A tile's layers: read from the file the first time one is drawn. */
export interface CityTile {
  get(layer: string): TileParts | undefined;
  has(layer: string): boolean;
}

export interface CityMap {
  city: string;
  extent: number;
  bounds: LonLatBox;
  fade: CityFade;
  names: CityNames;
  /** By tile key `z/x/y`: the tile's parts by layer id (a tile without a layer has nothing of it). */
  tiles: ReadonlyMap<string, CityTile>;
}

export const tileKey = (z: number, x: number, y: number): string => `${z}/${x}/${y}`;

interface Header {
  city: string;
  extent: number;
  bounds: LonLatBox;
  fade: CityFade;
  layers: string[];
  labels: CityNames;
  tiles: number[][];
}

/** Protobuf's zigzag varints, read from `bytes` at `at[0]` (moved on). */
function readVarint(bytes: Uint8Array, at: number[]): number {
  let value = 0;
  let shift = 1;
  for (;;) {
    const b = bytes[at[0]!++]!;
    value += (b & 0x7f) * shift;
    if (b < 0x80) break;
    shift *= 128;
  }
  return value % 2 ? -(value + 1) / 2 : value / 2;
}

function readParts(bytes: Uint8Array, offset: number, parts: number, points: number): TileParts {
  const counts = new Uint32Array(parts);
  const xy = new Int16Array(points * 2);
  const boxes = new Int16Array(parts * 4);
  const at = [offset];
  let k = 0;
  for (let p = 0; p < parts; p++) {
    const n = (counts[p] = readVarint(bytes, at));
    let [x, y] = [0, 0];
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let i = 0; i < n; i++) {
      x += readVarint(bytes, at);
      y += readVarint(bytes, at);
      xy[k++] = x;
      xy[k++] = y;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
    boxes.set([x0, y0, x1, y1], p * 4);
  }
  return { counts, xy, boxes };
}

/** Decodes a city file; `name` (its address) is for the error a bad file gives. */
export function decodeCityFile(buffer: ArrayBuffer, name: string): CityMap {
  const bytes = new Uint8Array(buffer);
  const magic = String.fromCharCode(...bytes.subarray(0, 4));
  if (magic !== MAGIC) throw new Error(`${name}: not a city map file (expected it to start with ${MAGIC}, found "${magic}")`);
  const headerLength = new DataView(buffer).getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as Header;
  const body = bytes.subarray(8 + headerLength);
  const tiles = new Map<string, CityTile>();
  for (const row of header.tiles) {
    const [z, x, y] = row as [number, number, number];
    const runs = new Map<string, [number, number, number]>();
    for (let i = 3; i + 3 < row.length; i += 4) {
      const [layer, offset, parts, points] = row.slice(i, i + 4) as [number, number, number, number];
      runs.set(header.layers[layer]!, [offset, parts, points]);
    }
    tiles.set(tileKey(z, x, y), lazyTile(body, runs));
  }
  return { city: header.city, extent: header.extent, bounds: header.bounds, fade: header.fade, names: header.labels, tiles };
}

/** Decodes a layer's parts when first asked for, so loading a city never holds the worker up for long. */
function lazyTile(body: Uint8Array, runs: ReadonlyMap<string, [number, number, number]>): CityTile {
  const decoded = new Map<string, TileParts>();
  return {
    has: (layer) => runs.has(layer),
    get(layer) {
      let parts = decoded.get(layer);
      const run = runs.get(layer);
      if (!parts && run) decoded.set(layer, (parts = readParts(body, ...run)));
      return parts;
    },
  };
}
