/**
 * Names written on the map for orientation (cities, oceans), each between its
 * own zoom levels. Created once; a zoom change only adds or removes them, and
 * a change of language rewrites them in place.
 */
import L from 'leaflet';
import type { Lang } from '@shared/i18n';
import type { AreaLabel } from '@model/schema';
import { boxIn, type Cover, type KeepsClear } from './keep-clear';
import { toLeaflet } from './latlng';

export class AreaLabels implements KeepsClear {
  readonly #group = L.layerGroup();
  readonly #labels: { area: AreaLabel; name: HTMLElement; marker: L.Marker; shown: boolean }[];
  #map: L.Map | null = null;

  constructor(areas: readonly AreaLabel[], lang: Lang) {
    this.#labels = areas.map((area) => {
      // The name as text, never as markup; the same node is shown again each time the label is.
      const name = document.createElement('span');
      name.textContent = area.name[lang];
      const icon = L.divIcon({ className: 'area-label', html: name, iconSize: [0, 0] });
      return { area, name, shown: false, marker: L.marker(toLeaflet(area.at), { icon, interactive: false, keyboard: false }) };
    });
  }

  setLang(lang: Lang): void {
    for (const { area, name } of this.#labels) name.textContent = area.name[lang];
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

  /** The names shown, and their boxes: the name's element, and its text's (which overflows the zero-sized icon). */
  coverOn(map: L.Map): Cover {
    const cover: Cover = { boxes: [], texts: [] };
    const range = document.createRange();
    for (const { name, shown } of this.#labels) {
      if (!shown) continue;
      range.selectNodeContents(name);
      for (const rect of [name.getBoundingClientRect(), range.getBoundingClientRect()]) {
        const box = boxIn(map, rect);
        if (box) cover.boxes.push(box);
      }
      if (name.textContent) cover.texts.push(name.textContent);
    }
    return cover;
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
