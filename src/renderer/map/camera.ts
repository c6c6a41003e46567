/**
 * Where the camera looks for a chapter, and how it gets there.
 */
import L from 'leaflet';
import type { CameraView } from '@model/journey';
import { toLeaflet, toLeafletPath } from './latlng';
import { EMBLEM_HEIGHT_PX } from './emblem-marker';
import { CAMERA } from './map-options';

export interface Target {
  center: L.LatLng;
  zoom: number;
}

/**
 * A view that fits places keeps CAMERA.padding round them (half each side), and
 * above them the flag's whole pin too, which stands that high over its place.
 * The centre is Leaflet's fitBounds centre for that padding.
 */
export function targetFor(map: L.Map, view: CameraView): Target {
  if (view.kind === 'center') return { center: L.latLng(toLeaflet(view.center)), zoom: view.zoom };
  const bounds = L.latLngBounds(toLeafletPath(view.bounds));
  const side = CAMERA.padding / 2;
  const topLeft = L.point(side, side + EMBLEM_HEIGHT_PX);
  const bottomRight = L.point(side, side);
  const zoom = Math.min(map.getBoundsZoom(bounds, false, topLeft.add(bottomRight)), view.maxZoom);
  const middle = map.project(bounds.getSouthWest(), zoom).add(map.project(bounds.getNorthEast(), zoom)).divideBy(2);
  return { center: map.unproject(middle.add(bottomRight.subtract(topLeft).divideBy(2)), zoom), zoom };
}

export function jumpTo(map: L.Map, target: Target): void {
  map.setView(target.center, target.zoom, { animate: false });
}

/**
 * Stops a flight where the camera is, at once. Not map.stop(): that snaps the
 * zoom with an animation which ends 250 ms later on the view it stopped at,
 * undoing a jump made meanwhile (a cut or a seek during the flight).
 */
export function stopHere(map: L.Map): void {
  jumpTo(map, { center: map.getCenter(), zoom: map.getZoom() });
}

/** Whether two views are the same on this map (within a zoom's hundredth and 2 px). */
function sameView(map: L.Map, a: Target, b: Target): boolean {
  return Math.abs(a.zoom - b.zoom) < 0.01 && map.project(a.center, b.zoom).distanceTo(map.project(b.center, b.zoom)) < 2;
}

/** Whether the camera already shows the target. */
export function isThere(map: L.Map, target: Target): boolean {
  return sameView(map, { center: map.getCenter(), zoom: map.getZoom() }, target);
}

/** How long the camera takes from one view to another: none when it is there, longer across many zoom levels. */
export function flightSeconds(map: L.Map, from: Target, to: Target): number {
  if (sameView(map, from, to)) return 0;
  return Math.abs(from.zoom - to.zoom) >= CAMERA.farZoomDelta ? CAMERA.farFlySeconds : CAMERA.flySeconds;
}

/** Flies to the target and calls `arrived` when the camera is there (at once if it already is). */
export function flyTo(map: L.Map, target: Target, arrived: () => void): () => void {
  const duration = flightSeconds(map, { center: map.getCenter(), zoom: map.getZoom() }, target);
  if (duration === 0) {
    arrived();
    return () => {};
  }
  const onEnd = () => arrived();
  map.once('moveend', onEnd);
  map.flyTo(target.center, target.zoom, { duration, easeLinearity: 0.2 });
  return () => map.off('moveend', onEnd);
}
