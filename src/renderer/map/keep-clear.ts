/**
 * What the cities' names must not cover, handed over by the layers that draw
 * it (the story's labels, the flag's pin, the route): each says which boxes
 * of the map it covers, in the map's container pixels, and which names it
 * already writes, so that a city's name is not written twice.
 */
import type L from 'leaflet';
import type { Box } from './city-name-layout';

export interface Cover {
  boxes: Box[];
  /** Names already on the map, as written. */
  texts: string[];
}

export interface KeepsClear {
  /** What it covers now, in `map`'s container pixels. */
  coverOn(map: L.Map): Cover;
}

/** Space kept free round a point of a path, px from it: sideways, above and below. */
export interface Clearance {
  side: number;
  up: number;
  down: number;
}

/** An element's box in the map's container pixels; null while it is not laid out (no width). */
export function boxIn(map: L.Map, rect: DOMRect): Box | null {
  if (!rect.width) return null;
  const origin = map.getContainer().getBoundingClientRect();
  return { x0: rect.left - origin.left, y0: rect.top - origin.top, x1: rect.right - origin.left, y1: rect.bottom - origin.top };
}

/**
 * Boxes of `clearance` round every point along a path of screen points, a
 * few px apart, where it crosses a view of `size` px.
 */
export function boxesAlong(points: readonly (readonly [number, number])[], { side, up, down }: Clearance, size: readonly [number, number]): Box[] {
  const step = Math.min(side, up, down);
  const reach = Math.max(side, up, down);
  const boxes: Box[] = [];
  let last: readonly [number, number] | undefined;
  for (const p of points) {
    const steps = last ? Math.min(2000, Math.ceil(Math.hypot(p[0] - last[0], p[1] - last[1]) / step)) : 1;
    for (let i = 1; i <= steps; i++) {
      const x = last ? last[0] + ((p[0] - last[0]) * i) / steps : p[0];
      const y = last ? last[1] + ((p[1] - last[1]) * i) / steps : p[1];
      if (x < -reach || y < -reach || x > size[0] + reach || y > size[1] + reach) continue;
      boxes.push({ x0: x - side, y0: y - up, x1: x + side, y1: y + down });
    }
    last = p;
  }
  return boxes;
}
