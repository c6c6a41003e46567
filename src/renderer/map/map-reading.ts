/**
 * What the tests and the benchmark read of the map beyond its state: where
 * the camera looks, where the emblem is, how far along its leg. Computed when
 * they ask (through page.evaluate), so a kiosk pays nothing for it on the
 * frames of a move. The state, the chapter and the tiles' progress change a
 * few times a move and stay attributes (data-state, data-chapter, data-tiles),
 * so tests can wait on them.
 */
import type { LatLng } from '@model/geo';

export interface MapReading {
  /** The camera: the map's centre and zoom. */
  view: { lat: number; lng: number; zoom: number };
  /** Where the emblem stands. */
  emblem: LatLng;
  /** How far the emblem is along the chapter's leg (0..1; 1 without a leg). */
  legAt: number;
}

/** The map's element, with the reading it offers. */
export type ReadableMap = HTMLElement & { readMap?: () => MapReading };

/** Offers `read` on the map's element as `readMap()`; returns the withdrawal. */
export function offerReading(element: HTMLElement, read: () => MapReading): () => void {
  const readable = element as ReadableMap;
  readable.readMap = read;
  return () => delete readable.readMap;
}
