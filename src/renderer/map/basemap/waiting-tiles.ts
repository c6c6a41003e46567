/**
 * Leaflet's tiles waiting for the worker's drawings, by request id. A tile
 * is shown (Leaflet's done callback) at its first drawing, a stand-in or the
 * final one, and waits on until the final one.
 */
import type L from 'leaflet';
import type { FromWorker } from './protocol';

/** Shows a bitmap with no copy where the browser can, else draws it. */
export function paint(tile: HTMLCanvasElement, bitmap: ImageBitmap): void {
  const renderer = tile.getContext('bitmaprenderer');
  if (renderer) return renderer.transferFromImageBitmap(bitmap);
  tile.getContext('2d')?.drawImage(bitmap, 0, 0);
  bitmap.close();
}

interface WaitingTile {
  tile: HTMLCanvasElement;
  done: L.DoneCallback;
  shown: boolean;
}

export class WaitingTiles {
  readonly #byId = new Map<number, WaitingTile>();
  readonly #ids = new WeakMap<HTMLElement, number>();

  get size(): number {
    return this.#byId.size;
  }

  /** `painted`: it has a drawing already (one made ahead), so it is shown at once unless its own drawing comes first. */
  wait(id: number, tile: HTMLCanvasElement, done: L.DoneCallback, painted: boolean): void {
    const entry = { tile, done, shown: false };
    this.#byId.set(id, entry);
    this.#ids.set(tile, id);
    // Leaflet records the tile only after createTile returns.
    if (painted) queueMicrotask(() => !entry.shown && ((entry.shown = true), done(undefined, tile)));
  }

  /** Leaflet dropped `tile`: the id of its request if it was waiting, and it waits no more. */
  drop(tile: HTMLElement): number | undefined {
    const id = this.#ids.get(tile);
    return id !== undefined && this.#byId.delete(id) ? id : undefined;
  }

  /** A drawing or error from the worker; true if it was a waiting tile's final drawing. A reply for none is freed. */
  receive(message: Extract<FromWorker, { type: 'tile' | 'error' }>): boolean {
    const entry = this.#byId.get(message.id);
    if (message.type === 'error') {
      this.#byId.delete(message.id);
      entry?.done(new Error(message.message), entry.tile);
      return false;
    }
    if (!entry) {
      message.bitmap.close();
      return false;
    }
    paint(entry.tile, message.bitmap);
    if (message.final) this.#byId.delete(message.id);
    if (!entry.shown) {
      entry.shown = true;
      entry.done(undefined, entry.tile);
    }
    return message.final;
  }

  clear(): void {
    this.#byId.clear();
  }
}
