/**
 * Dots and names for the places of the journey. All are created once; each
 * chapter shows the names of its own places only, so labels never pile up
 * when the camera pulls back. A change of language rewrites the names in place.
 * A name goes on the side its place's `labelSide` says (the side the flag's
 * pin does not sweep as it leaves or arrives), unless that would put it off
 * the map; then, and without a `labelSide`, towards the map's centre
 * (Leaflet's auto).
 */
import L from 'leaflet';
import type { Lang } from '@shared/i18n';
import type { Place } from '@model/schema';
import { boxIn, type Cover, type KeepsClear } from './keep-clear';
import { toLeaflet } from './latlng';
import { MAP_STYLE } from './map-options';

export class PlaceLabels implements KeepsClear {
  readonly #group = L.layerGroup();
  readonly #markers = new Map<string, L.CircleMarker>();
  readonly #names: { place: Place; node: HTMLElement; marker: L.CircleMarker }[] = [];
  #shown = new Set<string>();
  #map: L.Map | undefined;

  constructor(places: readonly Place[], lang: Lang) {
    for (const place of places) {
      const marker = L.circleMarker(toLeaflet(place.at), { ...MAP_STYLE.place, interactive: false });
      const node = nameNode(place.name[lang]);
      this.#names.push({ place, node, marker });
      marker.bindTooltip(node, { permanent: true, direction: 'auto', offset: [0, 0], className: 'place-label', interactive: false });
      this.#markers.set(place.id, marker);
    }
  }

  addTo(map: L.Map): this {
    this.#map = map;
    this.#group.addTo(map);
    return this;
  }

  remove(): void {
    this.#group.remove();
  }

  /** Writes every name in `lang`; a shown label is placed again for its new width. */
  setLang(lang: Lang): void {
    for (const { place, node, marker } of this.#names) {
      node.textContent = place.name[lang];
      if (this.#shown.has(place.id)) marker.getTooltip()?.update();
    }
  }

  /** Shows exactly these places (by id). */
  show(ids: readonly string[]): void {
    const next = new Set(ids);
    for (const id of this.#shown) if (!next.has(id)) this.#group.removeLayer(this.#markers.get(id)!);
    for (const { place, marker } of this.#names) {
      if (!next.has(place.id)) continue;
      const wanted = place.labelSide ?? 'auto';
      this.#place(marker, wanted);
      if (wanted !== 'auto' && !this.#onMap(marker)) this.#place(marker, 'auto');
    }
    this.#shown = next;
  }

  /** The names shown, and their boxes. */
  coverOn(map: L.Map): Cover {
    const cover: Cover = { boxes: [], texts: [] };
    for (const { place, node, marker } of this.#names) {
      if (!this.#shown.has(place.id)) continue;
      const element = marker.getTooltip()?.getElement();
      const box = element && boxIn(map, element.getBoundingClientRect());
      if (box) cover.boxes.push(box);
      if (node.textContent) cover.texts.push(node.textContent);
    }
    return cover;
  }

  /** Shows the marker with its name on that side (Leaflet reads the side as it places the name). */
  #place(marker: L.CircleMarker, direction: L.Direction): void {
    const tooltip = marker.getTooltip()!;
    const moved = tooltip.options.direction !== direction;
    tooltip.options.direction = direction;
    if (!this.#group.hasLayer(marker)) marker.addTo(this.#group);
    else if (moved) tooltip.update();
  }

  #onMap(marker: L.CircleMarker): boolean {
    const label = marker.getTooltip()?.getElement()?.getBoundingClientRect();
    const map = this.#map?.getContainer().getBoundingClientRect();
    return !label || !map || (label.left >= map.left && label.right <= map.right && label.top >= map.top && label.bottom <= map.bottom);
  }
}

/** The name as text: a string given to Leaflet's tooltip is parsed as HTML, and content may hold markup. */
function nameNode(name: string): HTMLElement {
  const node = document.createElement('span');
  node.textContent = name;
  return node;
}
