/**
 * The underlay: the basemap's coarse tiles (zoom UNDERLAY_MAX_ZOOM and out),
 * kept under the others once drawn (StandInGridLayer, leaflet-internals.ts).
 * The whole journey's view (zoom 4 at 1920x1080) stays there, so a camera
 * pulling back (out of Paris, over the Atlantic) shows coarse land where its
 * new tiles are still being drawn, not bare sea. The show's views at these
 * zooms keep it to a few dozen tiles; every loop reuses the same ones.
 *
 * It is only seen through the gaps of a moving camera or of tiles still
 * loading; at rest, under a wholly drawn view, it is hidden, so the page does
 * not composite a screenful of it under every frame of the flag's travel
 * (measured: 5 or 6 frames over 33 ms of 1920 travelling with it shown, 0 to
 * 2 without).
 */
import type L from 'leaflet';
import { tileLevels } from './leaflet-internals';

export const UNDERLAY_MAX_ZOOM = 4;

export class Underlay {
  /** Between the map's movestart and moveend (a flight, a jump). */
  #moving = false;

  /** `isDrawn`: no tile in view waits for its final drawing. */
  constructor(
    private readonly layer: L.GridLayer,
    private readonly isDrawn: () => boolean,
  ) {}

  bind(map: L.Map): void {
    map.on('movestart', this.#onMoveStart);
    map.on('moveend', this.#onMoveEnd);
    this.layer.on('loading', this.#show);
  }

  unbind(map: L.Map): void {
    map.off('movestart', this.#onMoveStart);
    map.off('moveend', this.#onMoveEnd);
    this.layer.off('loading', this.#show);
  }

  /** Every tile in view has its final drawing: hidden, unless the camera still moves. */
  viewDrawn(): void {
    if (!this.#moving) this.#setHidden(true);
  }

  #show = (): void => this.#setHidden(false);

  #onMoveStart = (): void => {
    this.#moving = true;
    this.#setHidden(false);
  };

  #onMoveEnd = (): void => {
    this.#moving = false;
    if (this.isDrawn()) this.#setHidden(true);
  };

  /** The view's own level is never hidden, even when the view is at an underlay zoom. */
  #setHidden(hidden: boolean): void {
    const { levels, tileZoom } = tileLevels(this.layer);
    for (const { zoom, el } of levels) {
      if (zoom <= UNDERLAY_MAX_ZOOM) el.style.visibility = hidden && zoom !== tileZoom ? 'hidden' : '';
    }
  }
}
