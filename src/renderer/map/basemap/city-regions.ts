/**
 * The cities the basemap draws in detail at city zooms, and which of them a
 * tile needs. Boxes match scripts/prepare-city-map.mjs (a test checks the
 * committed files): inside one, the city's own data replaces the world's.
 */
import { rectsOverlap } from './pieces';
import { tileLonLatBox, type LonLatBox, type TileCoords } from './tiles';

export type CityId = 'paris' | 'la';

export const CITY_BOXES: Readonly<Record<CityId, LonLatBox>> = Object.freeze({
  paris: [1.0, 48.3, 3.8, 49.5],
  la: [-119.6, 33.2, -117.0, 34.6],
});

export const CITY_IDS = Object.keys(CITY_BOXES) as CityId[];

/**
 * From this zoom a city's rivers and streets-level coast are drawn. Below it
 * a whole region is a few pixels and the world's 10m land is enough (and the
 * box's edge, where the two coastlines meet, would show).
 */
export const CITY_MIN_ZOOM = 9;

export function citiesForTile(coords: TileCoords): CityId[] {
  if (coords.z < CITY_MIN_ZOOM) return [];
  const tile = tileLonLatBox(coords);
  return CITY_IDS.filter((id) => rectsOverlap(CITY_BOXES[id], tile));
}
