/**
 * The basemap worker's state and scheduling, owned by one object: the tile
 * jobs Leaflet asked for, the data they need (data-loads.ts) and the palette.
 * Tiles are drawn one per task, so a 'cancel' for a tile Leaflet has dropped
 * gets in before that tile's turn and no time is spent on it.
 */
import type { CityMap } from './city-file';
import { CITY_URLS, loadCity } from './city-load';
import { citiesForTile, type CityId } from './city-regions';
import { DataLoads } from './data-loads';
import { loadDataset } from './datasets';
import { drawTile, type FadeLayer } from './draw-tile';
import { DATASET_IDS, IDLE_PRELOAD, PRELOAD, datasetsOf, detailForZoom, readyDetail, type DatasetId, type TileDetail } from './lod';
import { BASEMAP_PALETTE, type BasemapPalette } from './palette';
import type { PreparedDataset } from './prepare';
import type { FromWorker, ToWorker } from './protocol';
import { TILE_SIZE, type TileCoords } from './tiles';

export type Post = (message: FromWorker, transfer: Transferable[]) => void;

interface Job {
  id: number;
  coords: TileCoords;
  dpr: number;
  /** A stand-in was sent; the final tile waits for its data. */
  standIn: boolean;
}

export class TileWorker {
  #palette: BasemapPalette = BASEMAP_PALETTE;
  /** Insertion order = Leaflet's order, centre first. */
  readonly #jobs = new Map<number, Job>();
  readonly #loads: DataLoads<DatasetId | CityId>;
  readonly #canvases = new Map<number, { tile: OffscreenCanvas; fade: FadeLayer }>();
  #scheduled = false;
  /** The layer has had a view wholly drawn: what no view needs yet may load. */
  #viewDrawn = false;
  readonly #tick = new MessageChannel();

  constructor(private readonly post: Post) {
    this.#loads = new DataLoads({
      problem: (message) => this.post({ type: 'problem', message }, []),
      settled: () => this.#schedule(),
      recovered: () => this.post({ type: 'redraw' }, []),
    });
    this.#tick.port1.onmessage = () => this.#runOne();
    PRELOAD.forEach((id) => this.#needDataset(id));
  }

  /** A message from the layer (the heartbeat is answered by the worker's scope itself, basemap.worker.ts). */
  receive(message: Exclude<ToWorker, { type: 'heartbeat' }>): void {
    if (message.type === 'palette') this.#palette = message.palette;
    else if (message.type === 'cancel') this.#jobs.delete(message.id);
    else if (message.type === 'drawn') {
      this.#viewDrawn = true;
      this.#schedule();
    } else {
      this.#jobs.set(message.id, { id: message.id, coords: message.coords, dpr: message.dpr, standIn: false });
      this.#schedule();
    }
  }

  #needDataset(id: DatasetId): void {
    this.#loads.need(id, `the ${id} world map`, () => loadDataset(id));
  }

  #needCity(id: CityId): void {
    this.#loads.need(id, `the city map ${CITY_URLS[id]}`, async () => {
      const city = await loadCity(id);
      this.post({ type: 'names', city: id, names: city.names }, []);
      return city;
    });
  }

  #schedule(): void {
    if (!this.#scheduled && this.#jobs.size) {
      this.#scheduled = true;
      this.#tick.port2.postMessage(null);
    } else if (this.#jobs.size === 0 && this.#viewDrawn && PRELOAD.every((id) => !this.#loads.waiting(id))) {
      // The world's close-up detail loads once the first view is drawn and nothing waits; a city only
      // when a tile wants it. (The queue is also empty between Leaflet's first asks: loading 10m then
      // slowed the first view's tiles from ~5 to ~50 ms each, and its first draw by ~400 ms.)
      IDLE_PRELOAD.forEach((id) => this.#needDataset(id));
    }
  }

  #runOne(): void {
    this.#scheduled = false;
    for (const job of this.#jobs.values()) {
      if (this.#advance(job)) return this.#schedule();
    }
  }

  /** Does the next piece of work for one job; false if it must wait for data. */
  #advance(job: Job): boolean {
    const wanted = datasetsOf(detailForZoom(job.coords.z));
    wanted.forEach((id) => this.#needDataset(id));
    const cities = citiesForTile(job.coords);
    cities.forEach((id) => this.#needCity(id));
    const waiting = [...wanted, ...cities].some((id) => this.#loads.waiting(id));
    const ready = new Set(DATASET_IDS.filter((id) => this.#loads.has(id)));
    const now = readyDetail(job.coords.z, ready);
    if (waiting && (job.standIn || !now)) return false;
    if (!now) {
      this.#jobs.delete(job.id);
      this.post({ type: 'error', id: job.id, message: `no basemap data for zoom ${job.coords.z}` }, []);
      return true;
    }
    // Once every wanted piece of data is in (or failed, for now), this tile is the last.
    this.#render(job, now.detail, cities, !waiting);
    if (waiting) job.standIn = true;
    else this.#jobs.delete(job.id);
    return true;
  }

  #canvasesFor(size: number): { tile: OffscreenCanvas; fade: FadeLayer } {
    let canvases = this.#canvases.get(size);
    if (!canvases) {
      // The fade's canvas is made the first time a tile at a city's edge needs it, never for the first view.
      let fade: OffscreenCanvas | undefined;
      let ctx: OffscreenCanvasRenderingContext2D | undefined;
      const lazy: FadeLayer = {
        get canvas() {
          return (fade ??= new OffscreenCanvas(size, size));
        },
        get ctx() {
          return (ctx ??= (fade ??= new OffscreenCanvas(size, size)).getContext('2d')!);
        },
      };
      canvases = { tile: new OffscreenCanvas(size, size), fade: lazy };
      this.#canvases.set(size, canvases);
    }
    return canvases;
  }

  #render(job: Job, detail: TileDetail, cityIds: readonly CityId[], final: boolean): void {
    const { tile, fade } = this.#canvasesFor(Math.round(TILE_SIZE * job.dpr));
    const ctx = tile.getContext('2d', { alpha: false })!;
    const land = this.#loads.get<PreparedDataset>(detail.land)!;
    const borders = this.#loads.get<PreparedDataset>(detail.borders)!.borders;
    const cities = cityIds.flatMap((id) => this.#loads.get<CityMap>(id) ?? []);
    drawTile(ctx, { land: land.land, coast: land.coast, borders, cities }, job.coords, job.dpr, this.#palette, fade);
    const bitmap = tile.transferToImageBitmap();
    this.post({ type: 'tile', id: job.id, bitmap, final }, [bitmap]);
  }
}
