/**
 * The cities' own names on the map (towns, districts, a few road numbers),
 * written once the camera rests: chosen so that none overlaps another, the
 * story's labels, the flag or its path (city-name-layout.ts). Hidden while
 * the camera flies, like the story's labels. The names arrive with each
 * city's map, from the basemap's worker.
 */
import L from 'leaflet';
import type { Leg } from '@model/leg';
import type { CityNames } from './basemap/city-file';
import table from './basemap/city-layers.json';
import { layoutNames, type Box, type NameCandidate } from './city-name-layout';
import { BADGE_PX, EMBLEM_HEIGHT_PX } from './emblem-marker';

const PANE = 'cityNames';
/** The zoom each kind of place is written from (the layer table's labels). */
const PLACE_FROM: Readonly<Record<string, number>> = table.labels.places.classes;
/** Districts known the world over (Hollywood): written from a town's zoom, and ranked as cities. */
const KNOWN: ReadonlySet<string> = new Set(table.labels.places.known);
const RANK: Readonly<Record<string, number>> = { city: 0, road: 0.5, town: 1, suburb: 2, village: 3, quarter: 4 };
/** A few road numbers, where they help: not a road atlas. */
const MAX_ROADS = 4;
/** Road numbers from this zoom (farther out, the towns say more). */
const ROADS_FROM = 10.5;
/** Space kept free round a point of a path, px from it: sideways, above and below. */
interface Clearance {
  side: number;
  up: number;
  down: number;
}
/** Round the flag along its path: its pin (emblem-marker.ts) stands above its point. */
const FLAG_CLEARANCE: Clearance = { side: BADGE_PX / 2 + 4, up: EMBLEM_HEIGHT_PX + 4, down: 10 };
/** Round the other legs' lines. */
const ROUTE_CLEARANCE: Clearance = { side: 8, up: 8, down: 8 };
/** Story labels, the flag and the map's credits: what no city name may cover. */
const STORY_SELECTOR = '.leaflet-tooltip, .area-label span, .emblem, .leaflet-control-attribution';

export class CityNamesLayer {
  readonly #group = L.layerGroup();
  readonly #cities = new Map<string, CityNames>();
  /** What the names were last placed for, to place them again when a city's names come in. */
  #leg: Leg | null | undefined;
  #frame = 0;
  /** How each kind of name is drawn (font, padding, height), by kind and screen scale: read once. */
  readonly #styles = new Map<string, { font: string; extra: number; height: number }>();
  #measuring: OffscreenCanvasRenderingContext2D | undefined;

  /** `legs`: the whole route, drawn on the map (faint ahead, gold behind): names keep off it. */
  constructor(private readonly map: L.Map, private readonly legs: readonly Leg[] = []) {
    const pane = map.getPane(PANE) ?? map.createPane(PANE);
    // Under the routes (overlay pane, 400) and the labels and flag (600 and up).
    pane.style.zIndex = '350';
    pane.style.pointerEvents = 'none';
    this.#group.addTo(map);
  }

  add(city: string, names: CityNames): void {
    this.#cities.set(city, names);
    if (this.#leg !== undefined) this.place(this.#leg);
  }

  clear(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#leg = undefined;
    this.#group.clearLayers();
  }

  remove(): void {
    this.clear();
    this.#styles.clear();
    this.#group.remove();
  }

  /**
   * Writes the names that fit this view; `leg` is the path the flag travels
   * in it. At the next frame, after the story's labels are laid out, and in a
   * task of its own rather than the key press's.
   */
  place(leg: Leg | null): void {
    this.#group.clearLayers();
    this.#leg = leg;
    cancelAnimationFrame(this.#frame);
    this.#frame = this.#cities.size ? requestAnimationFrame(() => this.#place(leg)) : 0;
  }

  #place(leg: Leg | null): void {
    this.#frame = 0;
    const start = performance.now();
    const size = this.map.getSize();
    const view: Box = { x0: 6, y0: 6, x1: size.x - 6, y1: size.y - 6 };
    const story = this.#storyBoxes(leg);
    const taken = new Set(story.texts.map((t) => t.toLowerCase()));
    const candidates = this.#candidates(view, taken);
    const placed = layoutNames(candidates, story.boxes, view, [size.x / 2, size.y / 2], { max: this.map.getZoom() < 11.5 ? 12 : 16, gap: 8, maxOf: { road: MAX_ROADS } });
    for (const { text, kind, at } of placed) {
      const node = document.createElement('span');
      node.textContent = text;
      const icon = L.divIcon({ className: `city-name city-name-${kind}`, html: node, iconSize: [0, 0] });
      L.marker(this.map.containerPointToLatLng(L.point(at[0], at[1])), { icon, pane: PANE, interactive: false, keyboard: false }).addTo(this.#group);
    }
    // Its cost on the main thread, for the benchmark and when tuning.
    performance.measure('handover:city-names', { start });
  }

  #storyBoxes(leg: Leg | null): { boxes: Box[]; texts: string[] } {
    const container = this.map.getContainer();
    const origin = container.getBoundingClientRect();
    const boxes: Box[] = [];
    const texts: string[] = [];
    const range = document.createRange();
    for (const element of container.querySelectorAll<HTMLElement>(STORY_SELECTOR)) {
      // The element's box, and its text's (an area label's text overflows its zero-sized icon).
      range.selectNodeContents(element);
      for (const r of [element.getBoundingClientRect(), range.getBoundingClientRect()]) {
        if (r.width) boxes.push({ x0: r.left - origin.left, y0: r.top - origin.top, x1: r.right - origin.left, y1: r.bottom - origin.top });
      }
      if (element.textContent) texts.push(element.textContent.trim());
    }
    // The flag's path (it travels there once the names are written), and the route's lines.
    if (leg) boxes.push(...this.#along(leg, FLAG_CLEARANCE));
    for (const other of this.legs) if (other !== leg) boxes.push(...this.#along(other, ROUTE_CLEARANCE));
    return { boxes, texts };
  }

  /** Boxes of `clearance` round every point along a leg, a few px apart, where it crosses the view. */
  #along(leg: Leg, { side, up, down }: Clearance): Box[] {
    const size = this.map.getSize();
    const step = Math.min(side, up, down);
    const reach = Math.max(side, up, down);
    const boxes: Box[] = [];
    let last: L.Point | undefined;
    for (const [lat, lng] of leg.points) {
      const p = this.map.latLngToContainerPoint([lat, lng]);
      const steps = last ? Math.min(2000, Math.ceil(last.distanceTo(p) / step)) : 1;
      for (let i = 1; i <= steps; i++) {
        const x = last ? last.x + ((p.x - last.x) * i) / steps : p.x, y = last ? last.y + ((p.y - last.y) * i) / steps : p.y;
        if (x < -reach || y < -reach || x > size.x + reach || y > size.y + reach) continue;
        boxes.push({ x0: x - side, y0: y - up, x1: x + side, y1: y + down });
      }
      last = p;
    }
    return boxes;
  }

  #candidates(view: Box, taken: ReadonlySet<string>): NameCandidate[] {
    const zoom = this.map.getZoom();
    const inView = ([x, y]: readonly [number, number]) => x > view.x0 && x < view.x1 && y > view.y0 && y < view.y1;
    const project = ([lat, lng]: readonly [number, number]): [number, number] => {
      const p = this.map.latLngToContainerPoint([lat, lng]);
      return [p.x, p.y];
    };
    const centre = [(view.x0 + view.x1) / 2, (view.y0 + view.y1) / 2] as const;
    const out: Omit<NameCandidate, 'width' | 'height'>[] = [];
    for (const names of this.#cities.values()) {
      for (const place of names.places) {
        const known = KNOWN.has(place.name);
        const kind = known ? 'town' : place.kind;
        const from = PLACE_FROM[kind];
        if (from === undefined || zoom < from || taken.has(place.name.toLowerCase())) continue;
        const spot = project(place.at);
        if (inView(spot)) out.push({ text: place.name, kind, rank: RANK[known ? 'city' : kind] ?? 5, spots: [spot] });
      }
      if (zoom < ROADS_FROM) continue;
      for (const [number, points] of Object.entries(names.roads)) {
        const spots = points.map(project).filter(inView);
        spots.sort((a, b) => Math.hypot(a[0] - centre[0], a[1] - centre[1]) - Math.hypot(b[0] - centre[0], b[1] - centre[1]));
        if (spots.length) out.push({ text: number, kind: 'road', rank: RANK.road!, spots, group: number });
      }
    }
    const sizes = this.#measure(out);
    return out.map((c, i) => {
      const [width, height] = sizes[i]!;
      if (c.kind === 'road') return { ...c, width, height };
      // On its point, or just beside it when the point is taken (Saint-Denis by the stadium's label).
      const [x, y] = c.spots[0]!;
      const spots: [number, number][] = [[x, y], [x, y - height], [x, y + height], [x + width / 2 + 12, y], [x - width / 2 - 12, y]];
      return { ...c, spots, width, height };
    });
  }

  /**
   * Each name's size as the page draws it: its kind's font, padding and
   * height read once from a sample styled by app.css (one layout a kind),
   * its text measured on a canvas in that font (no layout).
   */
  #measure(names: readonly { text: string; kind?: string }[]): [number, number][] {
    const scale = getComputedStyle(document.documentElement).getPropertyValue('--screen-scale');
    return names.map(({ text, kind = 'town' }) => {
      const style = this.#styleOf(kind, scale);
      this.#canvas.font = style.font;
      return [this.#canvas.measureText(text).width + style.extra, style.height];
    });
  }

  /** Made when first needed: not at startup. */
  get #canvas(): OffscreenCanvasRenderingContext2D {
    return (this.#measuring ??= new OffscreenCanvas(1, 1).getContext('2d')!);
  }

  #styleOf(kind: string, scale: string): { font: string; extra: number; height: number } {
    const key = `${kind}|${scale}`;
    let style = this.#styles.get(key);
    if (style) return style;
    const holder = document.createElement('div');
    holder.className = `city-name city-name-${kind}`;
    holder.style.cssText = 'position:absolute;left:0;top:0;visibility:hidden';
    const span = holder.appendChild(document.createElement('span'));
    span.textContent = 'Saint-Denis';
    this.map.getPane(PANE)!.appendChild(holder);
    const css = getComputedStyle(span);
    const font = `${css.fontWeight} ${css.fontSize} ${css.fontFamily}`;
    this.#canvas.font = font;
    style = { font, extra: span.offsetWidth - this.#canvas.measureText(span.textContent).width, height: span.offsetHeight };
    holder.remove();
    this.#styles.set(key, style);
    return style;
  }
}
