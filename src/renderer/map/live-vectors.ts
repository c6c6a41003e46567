/**
 * Keeps canvas-drawn vectors (routes, place dots) sharp while the camera
 * flies. Leaflet's canvas renderer projects and draws its paths only at
 * zoomend and moveend, and CSS-scales the last drawing in between: across a
 * flyTo of several zoom levels a 5 px route becomes a blurred band hundreds
 * of pixels wide. Here, on every 'zoom' of a move, the renderer does what
 * Leaflet does at zoomend + moveend: reproject each path, reset the canvas to
 * the view, draw. Only the paths in view are drawn (Leaflet clips to the
 * canvas bounds), and nothing is allocated but the projected points.
 */
import L from 'leaflet';

/** The private parts of L.Canvas used here (Leaflet 1.9: Renderer._onZoomEnd + Canvas._update). */
interface CanvasInternals {
  _map?: L.Map;
  _layers: Record<string, { _project(): void }>;
  _update(): void;
}

/** Starts redrawing `renderer` at the current zoom on every zoom frame; returns the stop. */
export function redrawVectorsWhileZooming(map: L.Map, renderer: L.Renderer): () => void {
  const canvas = renderer as unknown as CanvasInternals;
  const redraw = (): void => {
    if (!canvas._map) return;
    for (const id in canvas._layers) canvas._layers[id]!._project();
    // Resizes the canvas to the view (which clears it and drops the CSS scale) and draws every path in it.
    canvas._update();
  };
  map.on('zoom', redraw);
  return () => map.off('zoom', redraw);
}

/** The map's shared vector renderer (create-map's canvas). */
export function vectorRenderer(map: L.Map): L.Renderer {
  const renderer = map.options.renderer;
  if (!renderer) throw new Error('the map has no vector renderer');
  return renderer;
}
