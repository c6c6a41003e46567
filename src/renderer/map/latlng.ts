/**
 * Our points are readonly [lat, lng] tuples; Leaflet's types want mutable
 * ones, though Leaflet never writes to what it is given. One cast, here.
 */
import type L from 'leaflet';
import type { LatLng } from '@model/geo';

export const toLeaflet = (point: LatLng) => point as unknown as L.LatLngTuple;
export const toLeafletPath = (points: readonly LatLng[]) => points as unknown as L.LatLngTuple[];
