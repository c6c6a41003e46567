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

/** Whether the camera already shows the target. */
export function isThere(map: L.Map, target: Target): boolean {
  const here = map.latLngToContainerPoint(map.getCenter());
  const there = map.latLngToContainerPoint(target.center);
  return Math.abs(map.getZoom() - target.zoom) < 0.01 && here.distanceTo(there) < 2;
}

/** Flies to the target and calls `arrived` when the camera is there (at once if it already is). */
export function flyTo(map: L.Map, target: Target, arrived: () => void): () => void {
  if (isThere(map, target)) {
    arrived();
    return () => {};
  }
  const far = Math.abs(map.getZoom() - target.zoom) >= CAMERA.farZoomDelta;
  const onEnd = () => arrived();
  map.once('moveend', onEnd);
  map.flyTo(target.center, target.zoom, { duration: far ? CAMERA.farFlySeconds : CAMERA.flySeconds, easeLinearity: 0.2 });
  return () => map.off('moveend', onEnd);
}
