/**
 * The cities' own names on the map (towns, districts, a few road numbers),
 * written once the camera rests: chosen by the layer table's policy so that
 * none overlaps another, the story's labels, the flag or its path
 * (name-candidates.ts); each of those layers hands over what it covers
 * (keep-clear.ts). Hidden while the camera flies, like the story's labels.
 * The names arrive with each city's map, from the basemap's worker.
 */
import L from 'leaflet';
import type { CityNames } from './basemap/city-file';
import { NAMING_POLICY } from './basemap/city-layers';
import { boxIn, type Cover, type KeepsClear } from './keep-clear';
import { nameCandidates } from './name-candidates';
import { NameMeasure } from './name-measure';

const PANE = 'cityNames';
/** Names stay this far inside the map's edges, px. */
const EDGE_PX = 6;

export class CityNamesLayer {
  readonly #group = L.layerGroup();
  readonly #cities = new Map<string, CityNames>();
  readonly #measure: NameMeasure;
  /** Whether names are wanted in this view, to place them again when a city's names come in. */
  #wanted = false;
  #frame = 0;

  /** `avoid`: the layers whose labels, pin and lines no name may cover. */
  constructor(
    private readonly map: L.Map,
    private readonly avoid: readonly KeepsClear[],
  ) {
    const pane = map.getPane(PANE) ?? map.createPane(PANE);
    // Under the routes (overlay pane, 400) and the labels and flag (600 and up).
    pane.style.zIndex = '350';
    pane.style.pointerEvents = 'none';
    this.#measure = new NameMeasure(pane);
    this.#group.addTo(map);
  }

  add(city: string, names: CityNames): void {
    this.#cities.set(city, names);
    if (this.#wanted) this.place();
  }

  clear(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#wanted = false;
    this.#group.clearLayers();
  }

  remove(): void {
    this.clear();
    this.#measure.clear();
    this.#group.remove();
  }

  /**
   * Writes the names that fit this view. At the next frame, after the story's
   * labels are laid out and the flag is on its path, and in a task of its own
   * rather than the key press's.
   */
  place(): void {
    this.#group.clearLayers();
    this.#wanted = true;
    cancelAnimationFrame(this.#frame);
    this.#frame = this.#cities.size ? requestAnimationFrame(this.#place) : 0;
  }

  #place = (): void => {
    this.#frame = 0;
    const start = performance.now();
    const size = this.map.getSize();
    const view = {
      zoom: this.map.getZoom(),
      box: { x0: EDGE_PX, y0: EDGE_PX, x1: size.x - EDGE_PX, y1: size.y - EDGE_PX },
      project: ([lat, lng]: readonly [number, number]) => {
        const p = this.map.latLngToContainerPoint([lat, lng]);
        return [p.x, p.y] as const;
      },
    };
    const placed = nameCandidates(view, this.#cities.values(), NAMING_POLICY, this.#cover(), this.#measure.size);
    for (const { text, kind, at } of placed) {
      const node = document.createElement('span');
      node.textContent = text;
      const icon = L.divIcon({ className: `city-name city-name-${kind}`, html: node, iconSize: [0, 0] });
      L.marker(this.map.containerPointToLatLng(L.point(at[0], at[1])), { icon, pane: PANE, interactive: false, keyboard: false }).addTo(this.#group);
    }
    // Its cost on the main thread, for the benchmark and when tuning.
    performance.measure('handover:city-names', { start });
  };

  /** What the story's layers cover, and the map's credits. */
  #cover(): Cover {
    const cover: Cover = { boxes: [], texts: [] };
    for (const layer of this.avoid) {
      const { boxes, texts } = layer.coverOn(this.map);
      cover.boxes.push(...boxes);
      cover.texts.push(...texts);
    }
    const credits = this.map.attributionControl?.getContainer();
    const box = credits && boxIn(this.map, credits.getBoundingClientRect());
    if (box) cover.boxes.push(box);
    return cover;
  }
}
