/**
 * Geo maths on [lat, lng] pairs, the order Leaflet and our data use.
 * d3-geo works in [lng, lat]; the conversion happens here and nowhere else.
 */
import { geoDistance, geoInterpolate } from 'd3-geo';

export type LatLng = readonly [lat: number, lng: number];

const toLngLat = ([lat, lng]: LatLng): [number, number] => [lng, lat];
const toLatLng = ([lng, lat]: [number, number]): LatLng => [lat, lng];

/** Angular distance between two points, in radians of a great circle. */
export function angularDistance(a: LatLng, b: LatLng): number {
  return geoDistance(toLngLat(a), toLngLat(b));
}

/**
 * The great-circle arc from a to b as `segments + 1` points, ends included.
 * Drawn on a Mercator map it bends towards the pole, as a flight path does.
 */
export function greatCircleArc(a: LatLng, b: LatLng, segments = 96): LatLng[] {
  const between = geoInterpolate(toLngLat(a), toLngLat(b));
  // The ends are the places themselves: d3's trigonometry lands a rounding error away.
  return Array.from({ length: segments + 1 }, (_, i) => (i === 0 ? a : i === segments ? b : toLatLng(between(i / segments))));
}

/** Linear interpolation between two [lat, lng] points (fine for the short segments of a leg). */
export function lerpLatLng(a: LatLng, b: LatLng, t: number): LatLng {
  // (1 - t) * a + t * b is exact at both ends; a + (b - a) * t can miss b by a rounding error.
  return [(1 - t) * a[0] + t * b[0], (1 - t) * a[1] + t * b[1]];
}

/** Bounds [[south, west], [north, east]] of a set of points. */
export function boundsOf(points: readonly LatLng[]): [LatLng, LatLng] {
  let [s, w, n, e] = [90, 180, -90, -180];
  for (const [lat, lng] of points) {
    s = Math.min(s, lat);
    n = Math.max(n, lat);
    w = Math.min(w, lng);
    e = Math.max(e, lng);
  }
  return [
    [s, w],
    [n, e],
  ];
}

/** Mean Earth radius (IUGG), for turning angular distances into kilometres. */
export const EARTH_RADIUS_KM = 6371.0088;
