// @vitest-environment happy-dom
import L from 'leaflet';
import { afterEach, describe, expect, it } from 'vitest';
import { PlaceLabels } from './place-labels';

describe('PlaceLabels', () => {
  let map: L.Map | undefined;
  afterEach(() => map?.remove());

  it('writes a place’s name as text, never as markup', () => {
    const element = document.createElement('div');
    document.body.append(element);
    // SVG: happy-dom has no 2D canvas.
    map = L.map(element, { center: [48.9, 2.36], zoom: 10, renderer: L.svg() });
    const name = '<img src="x.png"><b>Stade</b> & co';
    new PlaceLabels([{ id: 'odd', name, at: [48.92, 2.36] }]).addTo(map).show(['odd']);
    const label = element.querySelector('.place-label')!;
    expect(label.textContent).toBe(name);
    expect(label.querySelector('img, b')).toBeNull();
  });
});
