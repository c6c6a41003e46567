/**
 * Loads each city's detail once, on first need, like datasets.ts: plain JSON
 * assets fetched and parsed in the worker, never at boot.
 */
import urlLa from './city-data/la.json?url';
import urlParis from './city-data/paris.json?url';
import { prepareCity, type CityFile, type CityLayers } from './city-decode';
import type { CityId } from './city-regions';

const urls: Record<CityId, string> = { paris: urlParis, la: urlLa };
const loading = new Map<CityId, Promise<CityLayers>>();

async function fetchCity(id: CityId): Promise<CityLayers> {
  const response = await fetch(urls[id]);
  if (!response.ok) throw new Error(`basemap: ${urls[id]}: HTTP ${response.status}`);
  return prepareCity((await response.json()) as CityFile);
}

export function loadCity(id: CityId): Promise<CityLayers> {
  let promise = loading.get(id);
  if (!promise) loading.set(id, (promise = fetchCity(id)));
  return promise;
}
