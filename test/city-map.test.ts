/**
 * The committed city maps (scripts/prepare-city-map.mjs), decoded as the
 * worker decodes them: they cover the boxes the worker picks them by, and
 * hold what the story's places need (the stadiums' outlines, the motorways
 * past them, the Seine, the names to write).
 */
import { describe, expect, it } from 'vitest';
import { tileKey, type CityMap } from '../src/renderer/map/basemap/city-file';
import { toTileUnits } from '../scripts/city-map/geometry.mjs';
import { metresAcrossWorld } from '../src/shared/web-mercator.mjs';
import { readCityMap } from '../test-support/city-maps';
import { CITY_BOXES, CITY_IDS, citiesForTile, CITY_MIN_ZOOM, type CityId } from '../src/renderer/map/basemap/city-regions';

const maps = Object.fromEntries(CITY_IDS.map((id) => [id, readCityMap(id)])) as Record<CityId, CityMap>;

/** [lat, lng] -> the tile at z holding it, and the point in that tile's units. */
function at(lat: number, lng: number, z: number, extent: number) {
  const [fx, fy] = toTileUnits(lng, lat, { z, x: 0, y: 0 }, 1);
  return { x: Math.floor(fx), y: Math.floor(fy), u: (fx % 1) * extent, v: (fy % 1) * extent };
}

/** Units (of the tile at z round [lat, lng]) from the point to the nearest part of a layer, or Infinity. */
function distanceToLayer(map: CityMap, layer: string, lat: number, lng: number, z: number): number {
  const { x, y, u, v } = at(lat, lng, z, map.extent);
  const parts = map.tiles.get(tileKey(z, x, y))?.get(layer);
  if (!parts) return Infinity;
  let best = Infinity;
  for (let p = 0, k = 0; p < parts.counts.length; k += 2 * parts.counts[p]!, p++) {
    for (let i = k + 2; i < k + 2 * parts.counts[p]!; i += 2) {
      const [ax, ay, bx, by] = [parts.xy[i - 2]!, parts.xy[i - 1]!, parts.xy[i]!, parts.xy[i + 1]!];
      const [dx, dy] = [bx - ax, by - ay];
      const t = Math.max(0, Math.min(1, ((u - ax) * dx + (v - ay) * dy) / (dx * dx + dy * dy || 1)));
      best = Math.min(best, Math.hypot(ax + t * dx - u, ay + t * dy - v));
    }
  }
  return best;
}
/** Metres per unit of a z tile at latitude lat. */
const metres = (units: number, lat: number, z: number, extent: number) => (units * metresAcrossWorld(lat)) / (2 ** z * extent);

describe('the committed city maps', () => {
  it('cover the boxes the worker picks them by, from zoom 9', () => {
    for (const id of CITY_IDS) expect(maps[id].bounds, id).toEqual(CITY_BOXES[id]);
    expect(citiesForTile({ ...at(48.92447, 2.36014, 10, 1), z: 10 })).toEqual(['paris']);
    expect(citiesForTile({ ...at(33.762, -118.189, 12, 1), z: 12 })).toEqual(['la']);
    expect(citiesForTile({ ...at(48.92447, 2.36014, CITY_MIN_ZOOM - 1, 1), z: CITY_MIN_ZOOM - 1 })).toEqual([]);
  });

  it('hold the Stade de France’s and the Coliseum’s outlines, from zoom 11', () => {
    for (const z of [11, 12, 13, 14]) {
      expect(distanceToLayer(maps.paris, 'landmarks', 48.92447, 2.36014, z), `Stade de France z${z}`).toBeLessThan(Infinity);
      expect(distanceToLayer(maps.la, 'landmarks', 34.01414, -118.28786, z), `Coliseum z${z}`).toBeLessThan(Infinity);
    }
  });

  it('run the A1 past the Stade de France and the I-110 past the Coliseum', () => {
    const near = (map: CityMap, lat: number, lng: number, z: number) => metres(distanceToLayer(map, 'motorways', lat, lng, z), lat, z, map.extent);
    for (const z of [10, 12, 13]) {
      // The A1 runs along the stadium's east side; the Harbor Freeway a few hundred metres east of the Coliseum.
      expect(near(maps.paris, 48.9245, 2.3665, z), `A1 z${z}`).toBeLessThan(400);
      expect(near(maps.la, 34.0141, -118.2805, z), `I-110 z${z}`).toBeLessThan(400);
      // ... and none through the Tuileries, in the middle of Paris.
      expect(near(maps.paris, 48.8635, 2.3275, z), `Tuileries z${z}`).toBeGreaterThan(1500);
    }
  });

  it('draw the Seine as water with its width past the Tuileries', () => {
    // The Seine by the Tuileries (Quai des Tuileries, mid-river).
    expect(distanceToLayer(maps.paris, 'water', 48.8618, 2.3255, 12)).toBeLessThan(Infinity);
  });

  it('name the towns round the stadiums, and the motorways', () => {
    const names = (id: CityId) => new Set(maps[id].names.places.map((p) => p.name));
    for (const name of ['Saint-Denis', 'La Courneuve', 'Montreuil', 'Aubervilliers']) expect(names('paris').has(name), name).toBe(true);
    for (const name of ['Santa Monica', 'Inglewood', 'Long Beach', 'Hollywood']) expect(names('la').has(name), name).toBe(true);
    expect(Object.keys(maps.paris.names.roads)).toEqual(expect.arrayContaining(['A1', 'A3', 'A4', 'A86', 'A13']));
    expect(Object.keys(maps.la.names.roads)).toEqual(expect.arrayContaining(['I-405', 'I-10', 'I-110', 'US-101', 'I-5', 'I-710', 'I-105']));
  });
});
