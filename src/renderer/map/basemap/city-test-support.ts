/**
 * Test helpers for the city detail (imported by tests only): the committed
 * city files, prepared as the worker prepares them, and tile and distance maths.
 */
import la from './city-data/la.json';
import paris from './city-data/paris.json';
import { prepareCity, type CityFile, type CityLayers } from './city-decode';
import type { CityId } from './city-regions';
import type { TileCoords } from './tiles';

const files = { paris, la } as unknown as Record<CityId, CityFile>;

export const readCityFile = (id: CityId): CityFile => files[id];

export const loadCityForTest = (id: CityId): CityLayers => prepareCity(readCityFile(id));

export function tileOf(lat: number, lng: number, z: number): TileCoords {
  const n = 2 ** z;
  const r = (lat * Math.PI) / 180;
  const y = Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n);
  return { x: Math.floor(((lng + 180) / 360) * n), y, z };
}

/** Metres from [lat, lng] to the nearest segment of lines given as [lon, lat] points (flat-earth, fine within a city). */
export function metresToLines(lat: number, lng: number, lines: readonly (readonly number[][])[]): number {
  const mx = 111_320 * Math.cos((lat * Math.PI) / 180);
  const my = 110_540;
  let best = Infinity;
  for (const line of lines) {
    for (let i = 1; i < line.length; i++) {
      const [ax, ay] = [(line[i - 1]![0]! - lng) * mx, (line[i - 1]![1]! - lat) * my];
      const [bx, by] = [(line[i]![0]! - lng) * mx, (line[i]![1]! - lat) * my];
      const [dx, dy] = [bx - ax, by - ay];
      const t = Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy || 1)));
      best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
    }
  }
  return best;
}
