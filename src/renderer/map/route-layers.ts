/**
 * The journey's route on the map: every leg drawn faintly from the start, and
 * a travelled line over it that grows as the flag moves. Layers are created
 * once per journey; moving through chapters only changes their points.
 */
import L from 'leaflet';
import { travelledPart, type Leg } from '@model/leg';
import type { Journey } from '@model/journey';
import { PIN_CLEARANCE } from './emblem-marker';
import { boxesAlong, type Clearance, type Cover, type KeepsClear } from './keep-clear';
import { toLeafletPath } from './latlng';
import { MAP_STYLE } from './map-options';

/** Space kept free round the route's lines, px. */
const LINE_CLEARANCE: Clearance = { side: 8, up: 8, down: 8 };

type LegState = 'none' | 'full' | 'partial';

interface LegLayers {
  leg: Leg;
  travelled: L.Polyline;
  state: LegState;
}

export class RouteLayers implements KeepsClear {
  readonly #group = L.layerGroup();
  /** Indexed by chapter; null where the chapter has no leg. */
  readonly #legs: (LegLayers | null)[];
  /** The chapter shown, whose leg the flag's pin travels. */
  #chapter = -1;

  constructor(journey: Journey) {
    this.#legs = journey.chapters.map(({ leg }) => {
      if (!leg) return null;
      L.polyline(toLeafletPath(leg.points), { ...MAP_STYLE.upcoming, interactive: false }).addTo(this.#group);
      const travelled = L.polyline([], { ...MAP_STYLE.travelled, interactive: false }).addTo(this.#group);
      return { leg, travelled, state: 'none' };
    });
  }

  addTo(map: L.Map): this {
    this.#group.addTo(map);
    return this;
  }

  remove(): void {
    this.#group.remove();
  }

  /** Draws legs before `chapter` in full, none after it, and fraction `t` of its own. On a chapter change. */
  show(chapter: number, t: number): void {
    this.#chapter = chapter;
    this.#legs.forEach((layers, i) => {
      if (layers) this.#draw(layers, i < chapter ? 1 : i > chapter ? 0 : t);
    });
  }

  /** Draws fraction `t` of one chapter's leg, leaving the others alone. Every animation frame. */
  travel(chapter: number, t: number): void {
    const layers = this.#legs[chapter];
    if (layers) this.#draw(layers, t);
  }

  /** The route's lines, and round the shown chapter's leg the room its flag's pin takes as it travels. */
  coverOn(map: L.Map): Cover {
    const { x, y } = map.getSize();
    const boxes = this.#legs.flatMap((layers, i) => {
      if (!layers) return [];
      const points = layers.leg.points.map(([lat, lng]) => {
        const p = map.latLngToContainerPoint([lat, lng]);
        return [p.x, p.y] as const;
      });
      return boxesAlong(points, i === this.#chapter ? PIN_CLEARANCE : LINE_CLEARANCE, [x, y]);
    });
    return { boxes, texts: [] };
  }

  #draw(layers: LegLayers, t: number): void {
    const state: LegState = t >= 1 ? 'full' : t > 0 ? 'partial' : 'none';
    if (state === 'partial') layers.travelled.setLatLngs(toLeafletPath(travelledPart(layers.leg, t)));
    else if (state !== layers.state) layers.travelled.setLatLngs(state === 'full' ? toLeafletPath(layers.leg.points) : []);
    layers.state = state;
  }
}
