// @vitest-environment happy-dom
import L from 'leaflet';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AreaLabels } from './area-labels';
import { PlaceLabels } from './place-labels';

let map: L.Map;
let element: HTMLDivElement;
beforeEach(() => {
  element = document.createElement('div');
  document.body.append(element);
  // SVG: happy-dom has no 2D canvas.
  map = L.map(element, { center: [48.9, 2.36], zoom: 3, renderer: L.svg() });
});
afterEach(() => {
  map.remove();
  element.remove();
});

describe('PlaceLabels', () => {
  it('writes a place’s name as text, never as markup', () => {
    const name = '<img src="x.png"><b>Stade</b> & co';
    new PlaceLabels([{ id: 'odd', name: { en: name, fr: name }, at: [48.92, 2.36] }], 'en').addTo(map).show(['odd']);
    const label = element.querySelector('.place-label')!;
    expect(label.textContent).toBe(name);
    expect(label.querySelector('img, b')).toBeNull();
  });

  it('rewrites a shown name in the new language, in the same label', () => {
    const labels = new PlaceLabels([{ id: 'hills', name: { en: 'Hollywood Hills', fr: 'Collines d’Hollywood' }, at: [34.13, -118.32] }], 'en');
    labels.addTo(map).show(['hills']);
    const label = element.querySelector('.place-label')!;
    labels.setLang('fr');
    expect(element.querySelector('.place-label')).toBe(label);
    expect(label.textContent).toBe('Collines d’Hollywood');
  });
  it('puts a name on its place’s labelSide, and towards the centre without one', () => {
    const labels = new PlaceLabels(
      [
        { id: 'stade', name: { en: 'Stade de France', fr: 'Stade de France' }, at: [48.92, 2.36], labelSide: 'right' },
        { id: 'west', name: { en: 'West', fr: 'Ouest' }, at: [48.9, -20] },
      ],
      'en',
    ).addTo(map);
    const side = (name: string) =>
      [...element.querySelectorAll('.place-label')].find((l) => l.textContent === name)!.className.match(/leaflet-tooltip-(\w+)/)![1];
    labels.show(['stade', 'west']);
    expect(side('Stade de France')).toBe('right');
    expect(side('West')).toBe('right');
  });
});

describe('AreaLabels', () => {
  const ocean = { name: { en: 'Atlantic <b>Ocean</b>', fr: 'Océan Atlantique' }, at: [36, -42] as [number, number], minZoom: 1, maxZoom: 6 };

  it('writes an area’s name as text, and rewrites it in place when the language changes', () => {
    const areas = new AreaLabels([ocean], 'en').addTo(map);
    const label = element.querySelector('.area-label')!;
    expect(label.textContent).toBe('Atlantic <b>Ocean</b>');
    expect(label.querySelector('b')).toBeNull();
    areas.setLang('fr');
    expect(element.querySelector('.area-label')).toBe(label);
    expect(label.textContent).toBe('Océan Atlantique');
  });

  it('shows the name in the language of the moment when it comes back into its zoom range', () => {
    const areas = new AreaLabels([ocean], 'en').addTo(map);
    map.setZoom(9, { animate: false });
    expect(element.querySelector('.area-label')).toBeNull();
    areas.setLang('fr');
    map.setZoom(3, { animate: false });
    expect(element.querySelector('.area-label')?.textContent).toBe('Océan Atlantique');
  });
});
