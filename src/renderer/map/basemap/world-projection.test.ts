// @vitest-environment happy-dom
import L from 'leaflet';
import { describe, expect, it } from 'vitest';
import { tileTransform, type TileCoords } from './tiles';
import { needsSphericalClip, projectPlain, projectToWorld, worldProjection } from './world-projection';

/** Where the basemap puts [lat, lng] within tile `coords`, in device pixels. */
function basemapPoint(lat: number, lng: number, coords: TileCoords, dpr: number): [number, number] {
  const [u, v] = worldProjection([lng, lat])!;
  const t = tileTransform(coords, dpr);
  return [u * t.k - t.ox, v * t.k - t.oy];
}

describe('the tile projection', () => {
  const places: [string, number, number][] = [
    ['Stade de France', 48.9245, 2.3602],
    ['LA Memorial Coliseum', 34.0141, -118.2879],
    ['Fiji', -17.7, 178.1],
    ['Chukotka', 66.0, -172.0],
    ['Ushuaia', -54.8, -68.3],
    ['near the top edge', 84.9, 10],
  ];

  it.each(places)("agrees with Leaflet's EPSG3857 (%s)", (_, lat, lng) => {
    for (const z of [0, 1, 3, 6, 9, 14]) {
      for (const dpr of [1, 1.5, 2]) {
        const world = L.CRS.EPSG3857.latLngToPoint(L.latLng(lat, lng), z);
        const coords = { x: Math.floor(world.x / 256), y: Math.floor(world.y / 256), z };
        const [px, py] = basemapPoint(lat, lng, coords, dpr);
        // Leaflet's own pixel within the tile, scaled to device pixels.
        expect(px).toBeCloseTo((world.x - coords.x * 256) * dpr, 6);
        expect(py).toBeCloseTo((world.y - coords.y * 256) * dpr, 6);
        expect(px).toBeGreaterThanOrEqual(0);
        expect(px).toBeLessThanOrEqual(256 * dpr);
      }
    }
  });
});

describe('projecting datasets', () => {
  it('gives the same points as d3 when nothing needs clipping', () => {
    const line = [
      [2.35, 48.86],
      [-118.24, 34.05],
      [179.9, -85],
      [-179.9, 84.9],
      [0, 0],
    ];
    expect(projectPlain(line, false).xy.length).toBe(10);
    projectPlain(line, false).xy.forEach((v, i) => {
      const [x, y] = worldProjection(line[i >> 1] as [number, number])!;
      expect(v).toBeCloseTo(i % 2 ? y : x, 12);
    });
    // A ring's repeated last point is left out, as d3 does.
    expect(projectPlain([...line, line[0]!], true).xy.length).toBe(10);
  });

  it('sends to d3 what crosses or touches ±180° or leaves the map', () => {
    expect(
      needsSphericalClip([
        [170, 10],
        [179, 12],
      ]),
    ).toBe(false);
    expect(
      needsSphericalClip([
        [179, 10],
        [-179, 12],
      ]),
    ).toBe(true);
    expect(
      needsSphericalClip([
        [180, 10],
        [179, 12],
      ]),
    ).toBe(true);
    expect(
      needsSphericalClip([
        [0, -86],
        [10, -80],
      ]),
    ).toBe(true);
  });

  it('lets d3 cut a line across the antimeridian in two', () => {
    const runs = projectToWorld({
      type: 'LineString',
      coordinates: [
        [178, 60],
        [-178, 62],
      ],
    });
    expect(runs.length).toBe(2);
    expect(runs.map((r) => r.closed)).toEqual([false, false]);
  });
});
