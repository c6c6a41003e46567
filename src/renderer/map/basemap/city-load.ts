/**
 * Fetches and decodes a city file, in the worker, when a tile first wants it
 * (never at boot). The files ship as assets (vite's `?url`), one a city of
 * cities.mjs, as the preparation script names them.
 */
import { decodeCityFile, type CityMap } from './city-file';
import type { CityId } from './city-regions';
import { CITY_IDS } from './city-regions';

const FILES = import.meta.glob<string>('./city-data/*.bin', { query: '?url', import: 'default', eager: true });

export const CITY_URLS: Readonly<Record<CityId, string>> = Object.fromEntries(
  CITY_IDS.map((id) => [id, FILES[`./city-data/${id}.bin`] ?? `city-data/${id}.bin (not prepared)`]),
) as Record<CityId, string>;

export async function loadCity(id: CityId): Promise<CityMap> {
  const url = CITY_URLS[id];
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return decodeCityFile(await response.arrayBuffer(), url);
}
