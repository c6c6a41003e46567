/**
 * Fetches and decodes a city file, in the worker, when a tile first wants it
 * (never at boot). The files ship as assets (vite's `?url`).
 */
import urlLa from './city-data/la.bin?url';
import urlParis from './city-data/paris.bin?url';
import { decodeCityFile, type CityMap } from './city-file';
import type { CityId } from './city-regions';

export const CITY_URLS: Readonly<Record<CityId, string>> = { paris: urlParis, la: urlLa };

export async function loadCity(id: CityId): Promise<CityMap> {
  const url = CITY_URLS[id];
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return decodeCityFile(await response.arrayBuffer(), url);
}
