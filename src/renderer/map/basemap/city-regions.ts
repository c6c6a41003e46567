/**
 * The cities the basemap draws in detail at city zooms, and which of them a
 * tile needs. The boxes are the city files' bounds (a test checks them), so
 * the worker knows which file a tile wants before loading it.
 */
import { rectsOverlap } from './pieces';
import { tileLonLatBox, type LonLatBox, type TileCoords } from './tiles';

export type CityId = 'paris' | 'la';

export const CITY_BOXES: Readonly<Record<CityId, LonLatBox>> = Object.freeze({
  paris: [1.4451, 48.11918, 3.56041, 49.24271],
  la: [-119.2, 33.4, -117.3, 34.5],
});

export const CITY_IDS = Object.keys(CITY_BOXES) as CityId[];

/**
 * From this zoom a city is drawn (the city files start there). Below it a
 * whole region is a few pixels and the world's 10m land is enough.
 */
export const CITY_MIN_ZOOM = 9;

export function citiesForTile(coords: TileCoords): CityId[] {
  if (coords.z < CITY_MIN_ZOOM) return [];
  const tile = tileLonLatBox(coords);
  return CITY_IDS.filter((id) => rectsOverlap(CITY_BOXES[id], tile));
}
