// @ts-check
/**
 * Writes a city file (read by src/renderer/map/basemap/city-file.ts), laid
 * out as src/renderer/map/basemap/city-file-format.mjs says.
 */

import { CITY_FILE_MAGIC } from '../../src/renderer/map/basemap/city-file-format.mjs';
import { at } from './geometry.mjs';

/** @typedef {import('./geometry.mjs').Flat} Flat */
/** @typedef {{ z: number, x: number, y: number, layers: Map<number, Flat[]> }} FileTile */

/** Appends `value` as a zigzag varint. @param {number[]} out @param {number} value */
function pushVarint(out, value) {
  let v = value >= 0 ? value * 2 : -value * 2 - 1;
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
}

/**
 * @param {Record<string, unknown>} meta what the header carries besides the tile index (city, extent, layers, labels…)
 * @param {FileTile[]} tiles
 * @returns {Buffer}
 */
export function encodeCityFile(meta, tiles) {
  /** @type {number[]} */
  const bytes = [];
  /** @type {number[][]} */
  const index = [];
  for (const { z, x, y, layers } of tiles) {
    const row = [z, x, y];
    for (const [layer, parts] of [...layers].sort((a, b) => a[0] - b[0])) {
      if (!parts.length) continue;
      row.push(layer, bytes.length, parts.length);
      let points = 0;
      for (const part of parts) {
        pushVarint(bytes, part.length / 2);
        points += part.length / 2;
        let [px, py] = [0, 0];
        for (let i = 0; i + 1 < part.length; i += 2) {
          const [qx, qy] = [at(part, i), at(part, i + 1)];
          pushVarint(bytes, qx - px);
          pushVarint(bytes, qy - py);
          [px, py] = [qx, qy];
        }
      }
      row.push(points);
    }
    index.push(row);
  }
  let header = Buffer.from(JSON.stringify({ ...meta, tiles: index }), 'utf8');
  header = Buffer.concat([header, Buffer.alloc((4 - (header.length % 4)) % 4, ' ')]);
  const head = Buffer.alloc(8);
  head.write(CITY_FILE_MAGIC, 0, 'ascii');
  head.writeUInt32LE(header.length, 4);
  return Buffer.concat([head, header, Buffer.from(bytes)]);
}
