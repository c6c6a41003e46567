/**
 * Checks on the committed city files (scripts/prepare-city-map.mjs): that
 * the places the story names have their detail, and how long a city tile
 * takes to draw. Their size budget is checked in test/city-data-budget.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeLine } from './city-decode';
import { CITY_BOXES, CITY_IDS, type CityId } from './city-regions';
import { loadCityForTest, metresToLines, readCityFile, tileOf } from './city-test-support';
import { drawTile } from './draw-tile';
import { BASEMAP_PALETTE } from './palette';
import type { PreparedDataset } from './prepare';
import { RecordingContext, loadForTest } from './test-support';

/** A layer of a city file as lines of [lon, lat] in degrees. */
function linesOf(id: CityId, layer: 'land' | 'majorRivers' | 'minorRivers' | 'motorways'): number[][][] {
  const file = readCityFile(id);
  return file[layer].map((line) => decodeLine(line).map(([x, y]) => [x! / file.scale, y! / file.scale]));
}

describe('the committed city files', () => {
  it('cover the boxes the worker selects them by', () => {
    for (const id of CITY_IDS) expect(readCityFile(id).box).toEqual(CITY_BOXES[id]);
  });

  it('run the Seine past the Tuileries, and the Marne into it', () => {
    expect(metresToLines(48.8635, 2.3275, linesOf('paris', 'majorRivers'))).toBeLessThan(400);
    // The Marne meets the Seine at Charenton / Alfortville.
    expect(metresToLines(48.8155, 2.4165, linesOf('paris', 'majorRivers'))).toBeLessThan(600);
  });

  it('ring Paris with the Périphérique, through its portes', () => {
    // The portes are squares a few hundred metres inside the ring, where the radial avenues meet it.
    const ring = linesOf('paris', 'motorways');
    expect(metresToLines(48.878, 2.2826, ring)).toBeLessThan(350); // Porte Maillot
    expect(metresToLines(48.8983, 2.3594, ring)).toBeLessThan(350); // Porte de la Chapelle
    expect(metresToLines(48.819, 2.3597, ring)).toBeLessThan(350); // Porte d'Italie
    expect(metresToLines(48.8474, 2.4105, ring)).toBeLessThan(350); // Porte de Vincennes
    // ... and nowhere near the Tuileries, in the middle.
    expect(metresToLines(48.8635, 2.3275, ring)).toBeGreaterThan(3000);
  });

  it('draw the Long Beach shore close to the beach', () => {
    expect(metresToLines(33.762, -118.189, linesOf('la', 'land'))).toBeLessThan(300);
  });

  it('keep the Coliseum inland, far from any shore', () => {
    expect(metresToLines(34.01414, -118.28786, linesOf('la', 'land'))).toBeGreaterThan(5000);
  });
});

/** The median time of a few runs, after one to warm up: steadier than the mean on a busy machine. */
function medianMs(run: () => void, runs = 15): number {
  run();
  const times = Array.from({ length: runs }, () => {
    const start = performance.now();
    run();
    return performance.now() - start;
  });
  return times.sort((a, b) => a - b)[runs >> 1]!;
}

describe('drawing a city tile', () => {
  let world: PreparedDataset;
  let borders: PreparedDataset;
  beforeAll(async () => {
    world = await loadForTest('10m');
    borders = await loadForTest('50m');
  }, 60_000);

  const places: [string, number, number, CityId][] = [
    ['Stade de France', 48.92447, 2.36014, 'paris'],
    ['Tuileries', 48.8635, 2.3275, 'paris'],
    ['Coliseum', 34.01414, -118.28786, 'la'],
    ['Long Beach', 33.762, -118.189, 'la'],
  ];

  it('stays cheap from z10 to z14 (ms per tile printed)', () => {
    const cities = new Map(CITY_IDS.map((id) => [id, loadCityForTest(id)]));
    const timings: string[] = [];
    for (const [name, lat, lng, id] of places) {
      for (const z of [10, 11, 12, 13, 14]) {
        const layers = { land: world.land, coast: world.coast, borders: borders.borders, cities: [cities.get(id)!] };
        const coords = tileOf(lat, lng, z);
        const ms = medianMs(() => drawTile(new RecordingContext(), layers, coords, 1, BASEMAP_PALETTE));
        timings.push(`${name} z${z}: ${ms.toFixed(2)} ms`);
        // Recording every segment is slower than a canvas, and the test machine is shared: the bound is
        // loose, to catch a tile that walks far-off geometry (the whole of Eurasia costs ~100 ms), not noise.
        expect(ms).toBeLessThan(25);
      }
    }
    console.log(`city tiles (recording context):\n  ${timings.join('\n  ')}`);
  });
});
