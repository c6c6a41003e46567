/**
 * Projects GeoJSON once per dataset into world units with Web Mercator.
 * Lines that cross the antimeridian (Russia, Fiji) or reach beyond the map's
 * ±85.05° edge, and rings round a pole (Antarctica), go through d3, whose
 * spherical clipping cuts them at ±180° instead of drawing a stripe across
 * the world (other rings across ±180°: see antimeridian.ts). All the rest,
 * nearly every point, take the same formula directly: d3's clipping costs
 * ~0.6 s on land-10m and changes nothing there.
 */
import { geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { Position } from 'geojson';
import { MAX_LAT, worldX, worldY } from '@shared/web-mercator.mjs';

/**
 * precision(0) turns off adaptive resampling: Natural Earth edges are straight
 * in lon/lat, which Mercator keeps straight (resampling would bend the 49th
 * parallel border into a great circle), and it is faster.
 */
export const worldProjection = geoMercator()
  .scale(1 / (2 * Math.PI))
  .translate([0.5, 0.5])
  .precision(0);

/** What was drawn: one flat [x0, y0, x1, y1, ...] array per ring or line. */
export interface ProjectedRun {
  xy: Float64Array;
  closed: boolean;
}

/** A path context that records instead of drawing. */
class Recorder {
  runs: { xy: number[]; closed: boolean }[] = [];
  moveTo(x: number, y: number): void {
    this.runs.push({ xy: [x, y], closed: false });
  }
  lineTo(x: number, y: number): void {
    this.runs.at(-1)?.xy.push(x, y);
  }
  closePath(): void {
    const run = this.runs.at(-1);
    if (run) run.closed = true;
  }
  beginPath(): void {}
  arc(): void {}
}

/** Through d3: for what needs spherical clipping, or any GeoJSON. */
export function projectToWorld(object: GeoPermissibleObjects): ProjectedRun[] {
  const recorder = new Recorder();
  geoPath(worldProjection, recorder)(object);
  return recorder.runs.map(({ xy, closed }) => ({ xy: Float64Array.from(xy), closed }));
}

/** True if d3 must clip these points: they cross or touch ±180°, or leave the map. */
export function needsSphericalClip(points: readonly Position[]): boolean {
  for (let i = 0; i < points.length; i++) {
    const [lon, lat] = points[i] as [number, number];
    if (Math.abs(lon) >= 180 || Math.abs(lat) > MAX_LAT) return true;
    if (i && Math.abs(lon - points[i - 1]![0]!) > 180) return true;
  }
  return false;
}

/** Web Mercator, the formula d3 applies, for points that need no clipping. */
export function projectPlain(points: readonly Position[], closed: boolean): ProjectedRun {
  // d3 leaves out a ring's repeated last point; do the same.
  const n = closed ? points.length - 1 : points.length;
  const xy = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    const [lon, lat] = points[i] as [number, number];
    xy[2 * i] = worldX(lon);
    xy[2 * i + 1] = worldY(lat);
  }
  return { xy, closed };
}
