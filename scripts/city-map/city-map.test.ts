/**
 * The pure parts of the city map's preparation (scripts/city-map/): the
 * layer table's selection, clipping, simplifying, road numbers, and the file
 * format, read back by the worker's decoder.
 */
import { describe, expect, it } from 'vitest';
import { encodeCityFile } from './city-file.mjs';
import { clipLine, clipRing, pointsAlong, quantise, ringArea2, roadNumber, selects, simplify, toLonLat, toTileUnits } from './geometry.mjs';
import { decodeCityFile } from '../../src/renderer/map/basemap/city-file';

const motorways = {
  id: 'motorways',
  source: 'transportation',
  classes: ['motorway'],
  zooms: [9, 14] as [number, number],
  kind: 'line' as const,
  exclude: { brunnel: ['tunnel'] },
};

describe('preparing the city maps', () => {
  it('keeps the features a table entry selects, by class, kind and exclusions', () => {
    expect(selects(motorways, { class: 'motorway' }, 'line')).toBe(true);
    expect(selects(motorways, { class: 'motorway', brunnel: 'bridge' }, 'line')).toBe(true);
    expect(selects(motorways, { class: 'motorway', brunnel: 'tunnel' }, 'line')).toBe(false);
    expect(selects(motorways, { class: 'primary' }, 'line')).toBe(false);
    expect(selects(motorways, { class: 'motorway' }, 'fill')).toBe(false);
    expect(selects({ ...motorways, kind: 'fill', classes: ['grass'], subclasses: ['park'] }, { class: 'grass', subclass: 'meadow' }, 'fill')).toBe(false);
  });

  it('clips rings and lines to the tile and its buffer, keeping a ring’s winding', () => {
    const ring = [-10, -10, 50, -10, 50, 50, -10, 50];
    const clipped = clipRing(ring, 0, 40);
    expect(Math.abs(ringArea2(clipped)) / 2).toBe(40 * 40);
    expect(Math.sign(ringArea2(clipped))).toBe(Math.sign(ringArea2(ring)));
    expect(clipLine([-10, 5, 50, 5], 0, 40)).toEqual([[0, 5, 40, 5]]);
    expect(clipLine([-10, -10, -5, -5], 0, 40)).toEqual([]);
  });

  it('simplifies within its tolerance and quantises to whole units without repeats', () => {
    expect(simplify([0, 0, 5, 0.2, 10, 0], 0.5)).toEqual([0, 0, 10, 0]);
    expect(simplify([0, 0, 5, 3, 10, 0], 0.5)).toEqual([0, 0, 5, 3, 10, 0]);
    expect(quantise([0.2, 0.1, 0.4, 0.3, 1.6, 2.2])).toEqual([0, 0, 2, 2]);
  });

  it('turns lon/lat into tile units and back', () => {
    const tile = { z: 12, x: 2074, y: 1407 };
    const [u, v] = toTileUnits(2.36014, 48.92447, tile, 1024);
    expect(u).toBeGreaterThan(0);
    expect(u).toBeLessThan(1024);
    const [lon, lat] = toLonLat(u, v, tile, 1024);
    expect(lon).toBeCloseTo(2.36014, 6);
    expect(lat).toBeCloseTo(48.92447, 6);
  });

  it('writes road numbers as drivers read them, at points along the road', () => {
    expect(['A 1', 'I 405', 'US 101', 'CA 1', 'A 86;E 15'].map(roadNumber)).toEqual(['A1', 'I-405', 'US-101', 'CA-1', 'A86']);
    expect(pointsAlong([0, 0, 100, 0], 40)).toEqual([
      [20, 0],
      [60, 0],
      [100, 0],
    ]);
  });

  it('writes a file the worker reads back, part by part', () => {
    const layers = new Map([
      [
        1,
        [
          [0, 0, 1024, 0, 1024, 1024],
          [-16, 500, 300, 520],
        ],
      ],
    ]);
    const file = encodeCityFile(
      {
        city: 'test',
        extent: 1024,
        bounds: [1, 2, 3, 4],
        fade: { at: [2, 3], inner: [5, 5], width: 1 },
        layers: ['land', 'roads'],
        labels: { places: [], roads: {} },
      },
      [{ z: 12, x: 1, y: 2, layers }],
    );
    const map = decodeCityFile(new Uint8Array(file).buffer, 'test.bin');
    const roads = map.tiles.get('12/1/2')!.get('roads')!;
    expect([...roads.counts]).toEqual([3, 2]);
    expect([...roads.xy]).toEqual([0, 0, 1024, 0, 1024, 1024, -16, 500, 300, 520]);
    expect([...roads.boxes]).toEqual([0, 0, 1024, 1024, -16, 500, 300, 520]);
    expect(map.tiles.get('12/1/2')!.has('land')).toBe(false);
    expect(() => decodeCityFile(new ArrayBuffer(16), 'bad.bin')).toThrow(/bad\.bin: not a city map file/);
  });
});
