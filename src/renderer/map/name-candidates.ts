/**
 * Which of the cities' names to write in a view, and where, by the layer
 * table's naming policy (city-layers.json `labels`): each class of place from
 * its zoom, a few road numbers closer in, none the story already writes, then
 * laid out most important first, clear of one another and of what the story
 * draws (city-name-layout.ts). Pure: the view projects, `measure` sizes.
 */
import type { CityNames } from './basemap/city-file';
import type { NamingPolicy } from './basemap/city-layers';
import { layoutNames, type Box, type NameCandidate, type PlacedName } from './city-name-layout';
import type { Cover } from './keep-clear';

type Point = readonly [number, number];

export interface NameView {
  zoom: number;
  /** Where names may go, in screen px. */
  box: Box;
  /** A place [lat, lon] in screen px. */
  project: (at: Point) => Point;
}

/** A name's size as written in its kind's style, px: [width, height]. */
export type MeasureName = (text: string, kind: string) => readonly [number, number];

/** How far beside its point a place's name may move when the point itself is taken, px. */
const BESIDE_PX = 12;

export function nameCandidates(view: NameView, cities: Iterable<CityNames>, policy: NamingPolicy, avoid: Cover, measure: MeasureName): PlacedName[] {
  const { zoom, box } = view;
  const inView = ([x, y]: Point) => x > box.x0 && x < box.x1 && y > box.y0 && y < box.y1;
  const centre: Point = [(box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2];
  const fromCentre = ([x, y]: Point) => Math.hypot(x - centre[0], y - centre[1]);
  const taken = new Set(avoid.texts.map((t) => t.trim().toLowerCase()));
  const known = new Set(policy.places.known.names);
  const { roads } = policy;
  const candidates: NameCandidate[] = [];
  for (const names of cities) {
    for (const place of names.places) {
      const isKnown = known.has(place.name);
      const kind = isKnown ? policy.places.known.as : place.kind;
      const rule = policy.places.classes[kind];
      if (!rule || zoom < rule.zoom || taken.has(place.name.toLowerCase())) continue;
      const spot = view.project(place.at);
      if (!inView(spot)) continue;
      const [width, height] = measure(place.name, kind);
      const [x, y] = spot;
      // On its point, or just beside it when the point is taken (Saint-Denis by the stadium's label).
      const spots: Point[] = [spot, [x, y - height], [x, y + height], [x + width / 2 + BESIDE_PX, y], [x - width / 2 - BESIDE_PX, y]];
      candidates.push({ text: place.name, kind, rank: isKnown ? policy.places.known.rank : rule.rank, spots, width, height });
    }
    if (zoom < roads.zoom) continue;
    for (const [number, points] of Object.entries(names.roads)) {
      const spots = points.map(view.project).filter(inView);
      if (!spots.length) continue;
      spots.sort((a, b) => fromCentre(a) - fromCentre(b));
      const [width, height] = measure(number, 'road');
      candidates.push({ text: number, kind: 'road', rank: roads.rank, spots, width, height, group: number });
    }
  }
  return layoutNames(candidates, avoid.boxes, box, centre, { max: mostAt(policy.most, zoom), gap: policy.gap, maxOf: { road: roads.max } });
}

/** The count of the last stop at or below `zoom` (the first stop's below them all). */
function mostAt(stops: NamingPolicy['most'], zoom: number): number {
  let count = stops[0]![1];
  for (const [from, most] of stops) if (zoom >= from) count = most;
  return count;
}
