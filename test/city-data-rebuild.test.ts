/**
 * The committed city maps can be made again by anyone with the tiles: the
 * preparation (scripts/prepare-city-map.mjs), run into a temporary folder,
 * gives the committed bytes. Paris is made whole; Los Angeles, whose coast
 * costs a 168 MB GeoJSON file's parse and ~15 s more of cutting, only at
 * zoom 9 (its coast included), compared with that zoom's part of the
 * committed file. Where the tiles are not at hand (../shared/citydata beside
 * the repository, or HANDOVER_CITYDATA), it skips and says so.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareCityMaps } from '../scripts/city-map/prepare.mjs';
import { DEFAULT_INPUTS } from '../scripts/prepare-city-map.mjs';
import { CITIES } from '../src/renderer/map/basemap/cities.mjs';
import { decodeCityFile, type CityMap } from '../src/renderer/map/basemap/city-file';
import table from '../src/renderer/map/basemap/city-layers.json';

const committed = resolve(import.meta.dirname, '../src/renderer/map/basemap/city-data');
const { source, coast } = DEFAULT_INPUTS;
const absent = CITIES.filter((c) => !existsSync(join(source, c.folder, 'tiles/metadata.json'))).map((c) => c.name);
const why = `the cities' tiles are not at ${source} (${absent.join(', ')}): set HANDOVER_CITYDATA to the citydata folder to run it`;
if (absent.length) console.warn(`test/city-data-rebuild.test.ts skipped: ${why}`);

const city = (id: string) => CITIES.find((c) => c.id === id)!;
const out = mkdtempSync(join(tmpdir(), 'handover-city-data-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const decode = (bytes: Buffer, name: string): CityMap => decodeCityFile(new Uint8Array(bytes).buffer, name);

/** Every tile at zoom z and its layers' parts, as plain arrays. */
function partsAt(map: CityMap, z: number, layers: readonly string[]) {
  const tiles = [...map.tiles].filter(([key]) => key.startsWith(`${z}/`));
  return Object.fromEntries(
    tiles.map(([key, tile]) => [key, Object.fromEntries(layers.filter((l) => tile.has(l)).map((l) => [l, [...tile.get(l)!.counts, ...tile.get(l)!.xy]]))]),
  );
}

// Minutes, not seconds: a shared 2-core machine under load took 60 s where an idle one takes 15.
describe.skipIf(absent.length > 0)(`npm run prepare:cities${absent.length ? ` (skipped: ${why})` : ''}`, { timeout: 180_000 }, () => {
  it('makes Paris’s committed file again, byte for byte', () => {
    prepareCityMaps({ source, out, coast, cities: [city('paris')], log: () => {} });
    const made = readFileSync(join(out, 'paris.bin'));
    const expected = readFileSync(join(committed, 'paris.bin'));
    expect(made.length).toBe(expected.length);
    expect(made.equals(expected)).toBe(true);
  });

  it('makes Los Angeles’s zoom 9, its coast cut from the coast package, as the committed file holds it', () => {
    prepareCityMaps({ source, out, coast, cities: [city('la')], zooms: [9], log: () => {} });
    const made = decode(readFileSync(join(out, 'la.bin')), 'la.bin (made)');
    const expected = decode(readFileSync(join(committed, 'la.bin')), 'la.bin');
    const layers = table.layers.map((l) => l.id);
    expect([made.bounds, made.fade]).toEqual([expected.bounds, expected.fade]);
    const madeParts = partsAt(made, 9, layers);
    expect(Object.keys(madeParts).length).toBeGreaterThan(0);
    expect(Object.values(madeParts).some((tile) => 'land' in tile)).toBe(true);
    expect(madeParts).toEqual(partsAt(expected, 9, layers));
  });
});
