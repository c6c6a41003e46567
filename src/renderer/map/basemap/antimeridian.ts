/**
 * Rings that cross the antimeridian, cut without d3. d3's spherical clipping
 * is right but slow: ~0.3 s in the worker for Eurasia's 84,000 points alone
 * (it crosses at Chukotka). A ring that does not wind round a pole can
 * instead be made continuous in longitude (179°, 181°, ... rather than 179°,
 * -179°), projected, and cut where it leaves the world square, each part
 * moved back onto the world. Only rings round a pole (Antarctica) need d3.
 */
import type { Position } from 'geojson';
import { clipRingHalf } from './clip';
import { rectOf } from './pieces';

/** Where Leaflet's (and d3's square) Web Mercator world ends. */
export const MAX_LAT = (Math.atan(Math.sinh(Math.PI)) * 180) / Math.PI;

/** The ring with continuous longitudes, or null if it winds round a pole or leaves the map. */
export function unwrapRing(ring: readonly Position[]): Position[] | null {
  const out: Position[] = [];
  let shift = 0;
  for (let i = 0; i < ring.length; i++) {
    const [lon, lat] = ring[i] as [number, number];
    if (Math.abs(lat) > MAX_LAT) return null;
    const step = lon + shift - (i ? out[i - 1]![0]! : lon);
    if (step > 180) shift -= 360;
    else if (step < -180) shift += 360;
    out.push([lon + shift, lat]);
  }
  // Round a pole, the ring ends a whole turn away from where it started.
  return Math.abs(out.at(-1)![0]! - out[0]![0]!) < 1e-9 ? out : null;
}

/** Cuts a projected ring at the world's left and right edges and moves each part onto the world. */
export function cutAtWorldEdges(xy: Float64Array): Float64Array[] {
  const [x0, , x1] = rectOf(xy);
  if (x0 > -9) return [xy];
  const parts: Float64Array[] = [];
  for (let k = Math.floor(x0); k < x1; k++) {
    const part = clipRingHalf(clipRingHalf(xy, 0, k, false), 0, k + 1, true).slice();
    if (part.length < 6) continue;
    for (let i = 0; i < part.length; i += 2) part[i]! -= k;
    parts.push(part);
  }
  return parts;
}
