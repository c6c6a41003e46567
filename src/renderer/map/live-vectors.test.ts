// @vitest-environment happy-dom
import L from 'leaflet';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { redrawVectorsWhileZooming } from './live-vectors';

/** Stands in for L.Canvas's private parts (happy-dom has no 2D canvas). */
function fakeRenderer(map: L.Map) {
  const path = { _project: vi.fn() };
  return { _map: map, _layers: { 1: path }, _update: vi.fn(), path };
}

describe('redrawVectorsWhileZooming', () => {
  let map: L.Map | undefined;
  afterEach(() => map?.remove());

  it('reprojects every path and redraws the canvas on each zoom frame, until stopped', () => {
    map = L.map(document.createElement('div'), { center: [0, 0], zoom: 2 });
    const renderer = fakeRenderer(map);
    const stop = redrawVectorsWhileZooming(map, renderer as unknown as L.Renderer);
    map.fire('zoom');
    map.fire('zoom');
    expect(renderer.path._project).toHaveBeenCalledTimes(2);
    expect(renderer._update).toHaveBeenCalledTimes(2);
    stop();
    map.fire('zoom');
    expect(renderer._update).toHaveBeenCalledTimes(2);
  });

  it('does nothing while the renderer is off the map', () => {
    map = L.map(document.createElement('div'), { center: [0, 0], zoom: 2 });
    const renderer = { ...fakeRenderer(map), _map: undefined };
    redrawVectorsWhileZooming(map, renderer as unknown as L.Renderer);
    map.fire('zoom');
    expect(renderer._update).not.toHaveBeenCalled();
  });
});
