/**
 * The view drawn ahead: the tiles of the view the camera will land on (a
 * flight's destination, or the view the show will cut to next), asked of the
 * worker before Leaflet asks for them, and kept until it does. The upscaled
 * tiles of a landing then last less, and a cut shows its map whole.
 */
import type L from 'leaflet';
import type { FromWorker, ToWorker } from './protocol';
import { wrapTileX } from './tiles';
import { tileKey, tilesInView } from './leaflet-internals';

type Reply = Extract<FromWorker, { type: 'tile' | 'error' }>;

export class DrawnAhead {
  /** Tiles the worker is drawing, by request id. */
  readonly #drawing = new Map<number, string>();
  /** Their latest drawings (final, or a stand-in while the final is drawn), by tile key. */
  readonly #drawn = new Map<string, ImageBitmap>();
  /** The tiles the last call asked for ("z/x0,y0/x1,y1@dpr"): asked again, they are not drawn twice. */
  #range = '';

  constructor(
    private readonly send: (message: ToWorker) => void,
    private readonly nextId: () => number,
  ) {}

  /**
   * Asks the worker for the tiles of the view at `center`, `zoom`; the
   * previous call's unused tiles are dropped, unless it asked for the same
   * tiles (the show at rest once more, after a hold).
   */
  draw(map: L.Map, center: L.LatLng, zoom: number, dpr: number): void {
    const { z, min, max } = tilesInView(map, center, zoom);
    const range = `${z}/${min.x},${min.y}/${max.x},${max.y}@${dpr}`;
    if (range === this.#range && (this.#drawing.size || this.#drawn.size)) return;
    this.drop();
    this.#range = range;
    for (let y = Math.max(0, min.y); y <= Math.min(max.y, 2 ** z - 1); y++) {
      for (let x = min.x; x <= max.x; x++) {
        const coords = { x: wrapTileX(x, z), y, z };
        const id = this.nextId();
        this.#drawing.set(id, tileKey(coords));
        this.send({ type: 'render', id, coords, dpr });
      }
    }
  }

  /**
   * What Leaflet's new tile at `key` takes over: its drawing so far, and the
   * id of its request if the worker is still drawing it (its next drawing is
   * then the tile's, by that id). Either is then no longer this view's.
   */
  take(key: string): { bitmap: ImageBitmap | undefined; id: number | undefined } {
    const bitmap = this.#drawn.get(key);
    this.#drawn.delete(key);
    const id = [...this.#drawing].find(([, k]) => k === key)?.[0];
    if (id !== undefined) this.#drawing.delete(id);
    return { bitmap, id };
  }

  /** Keeps a drawing of a tile drawn ahead (a stand-in until its final one comes); false if the reply is not for one. */
  receive(message: Reply): boolean {
    const key = this.#drawing.get(message.id);
    if (key === undefined) return false;
    if (message.type === 'error' || message.final) this.#drawing.delete(message.id);
    if (message.type === 'error') return true;
    this.#drawn.get(key)?.close();
    this.#drawn.set(key, message.bitmap);
    return true;
  }

  /** Cancels the work under way and frees the drawings. */
  drop(): void {
    for (const id of this.#drawing.keys()) this.send({ type: 'cancel', id });
    this.#drawing.clear();
    for (const bitmap of this.#drawn.values()) bitmap.close();
    this.#drawn.clear();
  }

  /** A new worker replaced the one drawing: what it was asked is lost, so the view will be asked for anew. */
  forgetRequests(): void {
    this.#drawing.clear();
    this.#range = '';
  }
}
