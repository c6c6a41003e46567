/**
 * Names written on the map for orientation (cities, oceans), each between its
 * own zoom levels. Created once; a zoom change only adds or removes them.
 */
import L from 'leaflet';
import type { AreaLabel } from '@shared/schema';
import { toLeaflet } from './latlng';

export class AreaLabels {
  readonly #group = L.layerGroup();
  readonly #labels: { area: AreaLabel; marker: L.Marker; shown: boolean }[];
  #map: L.Map | null = null;

  constructor(areas: readonly AreaLabel[]) {
    this.#labels = areas.map((area) => ({
      area,
      shown: false,
      marker: L.marker(toLeaflet(area.at), {
        icon: L.divIcon({ className: 'area-label', html: `<span>${escapeHtml(area.name)}</span>`, iconSize: [0, 0] }),
        interactive: false,
        keyboard: false,
      }),
    }));
  }

  addTo(map: L.Map): this {
    this.#map = map;
    this.#group.addTo(map);
    map.on('zoomend', this.#update);
    this.#update();
    return this;
  }

  remove(): void {
    this.#map?.off('zoomend', this.#update);
    this.#group.remove();
    this.#map = null;
  }

  #update = (): void => {
    const zoom = this.#map?.getZoom() ?? 0;
    for (const label of this.#labels) {
      const show = zoom >= label.area.minZoom && zoom <= label.area.maxZoom;
      if (show === label.shown) continue;
      label.shown = show;
      if (show) this.#group.addLayer(label.marker);
      else this.#group.removeLayer(label.marker);
    }
  };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
