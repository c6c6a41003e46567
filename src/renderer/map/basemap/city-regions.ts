/**
 * Which of the cities (cities.mjs) a tile needs: the worker knows which file
 * a tile wants from the cities' bounds, before loading it.
 */
import { CITIES, CITY_ZOOMS, type CityId, type LonLatBox } from './cities.mjs';
import { rectsOverlap } from './pieces';
import { tileLonLatBox, type TileCoords } from './tiles';

export type { CityId };

export const CITY_BOXES: Readonly<Record<CityId, LonLatBox>> = Object.freeze(
  Object.fromEntries(CITIES.map((c) => [c.id, c.bounds])) as Record<CityId, LonLatBox>,
);

export const CITY_IDS: readonly CityId[] = CITIES.map((c) => c.id);

/** From this zoom a city is drawn (the city files start there). */
export const CITY_MIN_ZOOM = CITY_ZOOMS[0]!;

export function citiesForTile(coords: TileCoords): CityId[] {
  if (coords.z < CITY_MIN_ZOOM) return [];
  const tile = tileLonLatBox(coords);
  return CITY_IDS.filter((id) => rectsOverlap(CITY_BOXES[id], tile));
}
