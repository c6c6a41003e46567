/**
 * Leaflet's canvas renderer, with its one leaked animation frame closed.
 *
 * Leaflet 1.9 asks for a redraw on the next frame when a path changes, and
 * also redraws at once on moveend and whenever the map's vectors are drawn
 * again during a flight (live-vectors.ts). Redrawing at once forgets the frame
 * already asked for without cancelling it. That frame still fires, and if the
 * map was removed in between (a restart of the show tears the map down in
 * the very task that started a flight), it draws on a canvas that is gone:
 * "Cannot read properties of undefined (reading 'clearRect')" in the log.
 * Here a redraw cancels the frame it makes useless, so removing the map
 * (which cancels the frame it knows of) leaves no frame behind.
 */
import L from 'leaflet';

/** The private parts of L.Canvas used here (Leaflet 1.9, src/layer/vector/Canvas.js). */
interface CanvasInternals {
  _redrawRequest: number | null;
  _redraw(): void;
}

const redraw = (L.Canvas.prototype as unknown as CanvasInternals)._redraw;

const SettledCanvas = L.Canvas.extend({
  _redraw(this: CanvasInternals) {
    if (this._redrawRequest) L.Util.cancelAnimFrame(this._redrawRequest);
    redraw.call(this);
  },
}) as unknown as new (options?: L.RendererOptions) => L.Canvas;

/** A canvas renderer that leaves no animation frame behind it (see above). */
export function canvasRenderer(options?: L.RendererOptions): L.Canvas {
  return new SettledCanvas(options);
}
