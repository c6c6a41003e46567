// @vitest-environment happy-dom
import L from 'leaflet';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { overlap } from './city-name-layout';
import { EmblemMarker, PIN_CLEARANCE } from './emblem-marker';
import { boxesAlong } from './keep-clear';
import { PlaceLabels } from './place-labels';

describe('boxesAlong', () => {
  it('covers a path end to end with its clearance, and nothing far off it', () => {
    const boxes = boxesAlong(
      [
        [100, 100],
        [400, 100],
      ],
      { side: 10, up: 30, down: 5 },
      [1000, 600],
    );
    const covered = (x: number, y: number) => boxes.some((b) => overlap(b, { x0: x, y0: y, x1: x + 1, y1: y + 1 }));
    for (let x = 100; x < 400; x += 7) expect(covered(x, 75), `above ${x}`).toBe(true);
    expect(covered(250, 110)).toBe(false);
    expect(covered(450, 100)).toBe(false);
  });

  it('leaves out the parts of a path far outside the view', () => {
    expect(
      boxesAlong(
        [
          [-5000, 100],
          [-4000, 100],
        ],
        PIN_CLEARANCE,
        [1000, 600],
      ),
    ).toEqual([]);
  });
});

describe('what the story’s layers cover', () => {
  let map: L.Map;
  let element: HTMLDivElement;
  beforeEach(() => {
    element = document.createElement('div');
    document.body.append(element);
    map = L.map(element, { center: [48.9, 2.36], zoom: 10, renderer: L.svg() });
  });
  afterEach(() => {
    map.remove();
    element.remove();
  });

  it('the place labels hand over the names they show, and only those', () => {
    const places = [
      { id: 'stade', name: { en: 'Stade de France', fr: 'Stade de France' }, at: [48.92, 2.36] as [number, number] },
      { id: 'bourget', name: { en: 'Le Bourget', fr: 'Le Bourget' }, at: [48.95, 2.43] as [number, number] },
    ];
    const labels = new PlaceLabels(places, 'en').addTo(map);
    labels.show(['stade']);
    expect(labels.coverOn(map).texts).toEqual(['Stade de France']);
  });

  it('the flag hands over its pin: its badge above its place, as wide as the badge', () => {
    const flag = new EmblemMarker([48.92, 2.36]).addTo(map);
    const at = map.latLngToContainerPoint([48.92, 2.36]);
    const [pin] = flag.coverOn(map).boxes;
    expect(pin!.y1).toBeCloseTo(at.y);
    expect(pin!.y0).toBeLessThan(at.y - 60);
    expect((pin!.x0 + pin!.x1) / 2).toBeCloseTo(at.x);
  });
});
