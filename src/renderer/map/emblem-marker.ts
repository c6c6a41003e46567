/**
 * The marker that travels: the Olympic flag, or the flame in the prologue.
 * Drawn as SVG shipped with the app (kiosk PCs often have no emoji font).
 * It is a pin: the badge stands above its place and points at it, so what is
 * there (the Stade de France, the head of the route) stays in sight. The
 * sizes are app.css's `.emblem` and `.emblem-badge`.
 */
import L from 'leaflet';
import flagSvg from '../../../resources/icons/olympic-flag.svg?raw';
import flameSvg from '@tabler/icons/filled/flame.svg?raw';
import type { LatLng } from '@model/geo';
import type { Clearance, Cover, KeepsClear } from './keep-clear';
import { toLeaflet } from './latlng';

export type Emblem = 'flag' | 'flame';

/** The badge's diameter, and how far below it the pin's point is (clear of a stadium at zoom 14). */
export const BADGE_PX = 64;
const POINTER_PX = 28;
/** How far the pin stands above its place: a view that fits places leaves this much room over them. */
export const EMBLEM_HEIGHT_PX = BADGE_PX + POINTER_PX;

/** Space kept free round each point of the path the pin travels: its badge above it, sideways its half width. */
export const PIN_CLEARANCE: Clearance = { side: BADGE_PX / 2 + 4, up: EMBLEM_HEIGHT_PX + 4, down: 10 };

const icons: Record<Emblem, L.DivIcon> = {
  flag: makeIcon('flag', flagSvg),
  flame: makeIcon('flame', flameSvg),
};

function makeIcon(kind: Emblem, svg: string): L.DivIcon {
  return L.divIcon({
    className: `emblem emblem-${kind}`,
    html: `<span class="emblem-badge">${svg}</span>`,
    iconSize: [BADGE_PX, EMBLEM_HEIGHT_PX],
    iconAnchor: [BADGE_PX / 2, EMBLEM_HEIGHT_PX],
  });
}

export class EmblemMarker implements KeepsClear {
  readonly #marker: L.Marker;
  #emblem: Emblem = 'flag';
  #label = '';

  constructor(at: LatLng) {
    this.#marker = L.marker(toLeaflet(at), { icon: icons.flag, interactive: false, keyboard: false, zIndexOffset: 1000 });
  }

  addTo(map: L.Map): this {
    this.#marker.addTo(map);
    this.#applyLabel();
    return this;
  }

  remove(): void {
    this.#marker.remove();
  }

  setEmblem(emblem: Emblem): void {
    if (emblem === this.#emblem) return;
    this.#emblem = emblem;
    this.#marker.setIcon(icons[emblem]);
    this.#applyLabel();
  }

  /** Its accessible name: where it is, in the show's language. */
  setLabel(label: string): void {
    if (label === this.#label) return;
    this.#label = label;
    this.#applyLabel();
  }

  // Leaflet makes a new element when the icon changes, so the name is put on again each time.
  #applyLabel(): void {
    const element = this.#marker.getElement();
    if (!element) return;
    element.setAttribute('role', 'img');
    element.setAttribute('aria-label', this.#label);
    element.querySelector('svg')?.setAttribute('aria-hidden', 'true');
  }

  get position(): LatLng {
    const { lat, lng } = this.#marker.getLatLng();
    return [lat, lng];
  }

  /** The pin where it stands: its badge and pointer, above its place. */
  coverOn(map: L.Map): Cover {
    const { x, y } = map.latLngToContainerPoint(this.#marker.getLatLng());
    return { boxes: [{ x0: x - BADGE_PX / 2, y0: y - EMBLEM_HEIGHT_PX, x1: x + BADGE_PX / 2, y1: y }], texts: [] };
  }

  moveTo(at: LatLng): void {
    this.#marker.setLatLng(toLeaflet(at));
  }
}
