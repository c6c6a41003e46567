/**
 * Dots and names for the places of the journey. All are created once; each
 * chapter shows the names of its own places only, so labels never pile up
 * when the camera pulls back. A change of language rewrites the names in place.
 */
import L from 'leaflet';
import type { Lang } from '@shared/i18n';
import type { Place } from '@model/schema';
import { toLeaflet } from './latlng';
import { MAP_STYLE } from './map-options';

export class PlaceLabels {
  readonly #group = L.layerGroup();
  readonly #markers = new Map<string, L.CircleMarker>();
  readonly #names: { place: Place; node: HTMLElement; marker: L.CircleMarker }[] = [];
  #shown = new Set<string>();

  constructor(places: readonly Place[], lang: Lang) {
    for (const place of places) {
      const marker = L.circleMarker(toLeaflet(place.at), { ...MAP_STYLE.place, interactive: false });
      const node = nameNode(place.name[lang]);
      this.#names.push({ place, node, marker });
      marker.bindTooltip(node, { permanent: true, direction: place.labelSide ?? 'auto', offset: [0, 0], className: 'place-label', interactive: false });
      this.#markers.set(place.id, marker);
    }
  }

  addTo(map: L.Map): this {
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
    for (const id of next) if (!this.#shown.has(id)) this.#markers.get(id)?.addTo(this.#group);
    this.#shown = next;
  }
}

/** The name as text: a string given to Leaflet's tooltip is parsed as HTML, and content may hold markup. */
function nameNode(name: string): HTMLElement {
  const node = document.createElement('span');
  node.textContent = name;
  return node;
}
