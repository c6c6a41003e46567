/**
 * The basemap as a Leaflet GridLayer. createTile hands Leaflet an empty
 * canvas at once and asks the worker to draw it; the main thread only
 * receives finished bitmaps, so it never runs a long task for the map.
 * Its parts: the worker (worker-client.ts), Leaflet's tiles waiting for it
 * (waiting-tiles.ts), the view drawn ahead (drawn-ahead.ts), the coarse
 * underlay (underlay.ts), and what it changes of Leaflet's own GridLayer
 * (leaflet-internals.ts).
 */
import type L from 'leaflet';
import { BASEMAP_PALETTE, type BasemapPalette } from './palette';
import type { CityNames } from './city-file';
import { DrawnAhead } from './drawn-ahead';
import { StandInGridLayer, tileKey } from './leaflet-internals';
import type { FromWorker, ToWorker } from './protocol';
import { TILE_SIZE } from './tiles';
import { UNDERLAY_MAX_ZOOM, Underlay } from './underlay';
import { WaitingTiles, paint } from './waiting-tiles';
import { connectWorker } from './worker-client';
import type { WorkerSupervisor } from './worker-supervisor';

export interface BasemapLayerOptions extends Omit<L.GridLayerOptions, 'tileSize'> {
  /** Colours and line widths over BASEMAP_PALETTE. */
  palette?: Partial<BasemapPalette>;
  /** Starts the worker; tests pass a fake. */
  createWorker?: () => Worker;
  /** Where failures and restarts of the worker, and map files that fail to load, are reported (the app's log); the console by default. */
  onProblem?: (text: string) => void;
}

/** Fired as 'citynames' when a city's map came in, with the names to write on it. */
export interface CityNamesEvent {
  city: string;
  names: CityNames;
}

const devicePixels = () => window.devicePixelRatio || 1;

/** A basemap that can draw a view's tiles before the camera gets there. */
export interface Basemap extends L.GridLayer {
  /**
   * Asks the worker now for the final tiles of the view at `center`, `zoom`
   * (a flight's destination, or the view the show will cut to next), so they
   * are ready, or nearly, when Leaflet wants them on arrival: the upscaled
   * tiles of a landing last less, and a cut shows its map whole. The
   * previous call's unused tiles are dropped.
   */
  prefetch(center: L.LatLng, zoom: number): void;
}

class BasemapLayer extends StandInGridLayer implements Basemap {
  private worker: WorkerSupervisor<ToWorker, FromWorker> | undefined;
  /** The map it is on, if any. */
  private map: L.Map | undefined;
  /** 'drawn' was announced, and no tile has been asked for since (Leaflet's 'loading', or one left to draw). */
  private announced = false;
  private nextId = 1;
  /** Leaflet's tiles waiting for their final drawing. */
  private readonly pending = new WaitingTiles();
  private readonly ahead = new DrawnAhead(
    (message) => this.send(message),
    () => this.nextId++,
  );
  private readonly underlay = new Underlay(this, () => this.pending.size === 0);
  private readonly palette: BasemapPalette;
  private readonly createWorker: (() => Worker) | undefined;
  private readonly onProblem: (text: string) => void;

  constructor({ palette, createWorker, onProblem = (text) => console.error(`[handover] ${text}`), ...options }: BasemapLayerOptions) {
    // Leaflet wraps tile x for EPSG3857 (noWrap false), so the world repeats at low zoom.
    super({ noWrap: false, ...options, tileSize: TILE_SIZE }, UNDERLAY_MAX_ZOOM);
    this.palette = { ...BASEMAP_PALETTE, ...palette };
    this.createWorker = createWorker;
    this.onProblem = onProblem;
  }

  override onAdd(map: L.Map): this {
    // Leaflet stacks its tile levels by distance from this zoom (without it, by the order they were made).
    (this.options as L.GridLayerOptions).maxZoom ??= map.getMaxZoom();
    this.map = map;
    this.worker = connectWorker(this.createWorker, {
      message: (message) => this.receive(message),
      restarted: () => this.afterRestart(),
      problem: this.onProblem,
    });
    this.send({ type: 'palette', palette: this.palette });
    this.on('tileunload', this.onTileUnload, this);
    this.underlay.bind(map);
    this.on('loading', this.onLoading, this);
    return super.onAdd(map);
  }

  override onRemove(map: L.Map): this {
    this.off('tileunload', this.onTileUnload, this);
    this.underlay.unbind(map);
    this.off('loading', this.onLoading, this);
    super.onRemove(map);
    this.map = undefined;
    this.ahead.drop();
    this.worker?.stop();
    this.worker = undefined;
    this.pending.clear();
    return this;
  }

  /** A new worker stands in for a failed one: it gets the palette, and every tile in view is asked for again. */
  private afterRestart(): void {
    this.send({ type: 'palette', palette: this.palette });
    this.ahead.forgetRequests();
    this.pending.clear();
    this.redraw();
    this.onProblem('basemap worker restarted: the map is being drawn again');
  }

  prefetch(center: L.LatLng, zoom: number): void {
    if (this.map) this.ahead.draw(this.map, center, zoom, devicePixels());
  }

  protected override createTile(coords: L.Coords, done: L.DoneCallback): HTMLElement {
    const tile = document.createElement('canvas');
    const dpr = devicePixels();
    tile.width = tile.height = Math.round(TILE_SIZE * dpr);
    // A drawing made ahead (final, or a stand-in while the final is drawn) is shown at once;
    // a tile still being drawn ahead is adopted: the worker's next drawing comes to it.
    const { bitmap: early, id: adopted } = this.ahead.take(tileKey(coords));
    if (early) paint(tile, early);
    if (early && adopted === undefined) {
      // Final already. Leaflet records the tile only after createTile returns.
      queueMicrotask(() => {
        done(undefined, tile);
        this.announceIfDrawn();
      });
      return tile;
    }
    const id = adopted ?? this.nextId++;
    this.pending.wait(id, tile, done, early !== undefined);
    this.announced = false;
    if (adopted === undefined) this.send({ type: 'render', id, coords: { x: coords.x, y: coords.y, z: coords.z }, dpr });
    return tile;
  }

  private send(message: ToWorker): void {
    this.worker?.send(message);
  }

  /** Leaflet dropped a tile (panned away, zoom changed): stop its work, ignore late replies. */
  private onTileUnload({ tile }: L.TileEvent): void {
    const id = this.pending.drop(tile);
    if (id === undefined) return;
    this.send({ type: 'cancel', id });
    this.announceIfDrawn();
  }

  private receive(message: FromWorker): void {
    if (message.type === 'problem') return this.onProblem(message.message);
    if (message.type === 'redraw') return void this.redraw();
    if (message.type === 'names') return void this.fire('citynames', { city: message.city, names: message.names } satisfies CityNamesEvent);
    if (this.ahead.receive(message)) return;
    if (message.type === 'tile' && message.final) this.worker?.healthy();
    if (this.pending.receive(message)) this.announceIfDrawn();
  }

  private onLoading(): void {
    this.announced = false;
  }

  /**
   * 'drawn' fires when no tile in view waits for its final drawing (stand-ins
   * count as waiting), and the worker is told; at rest the underlay is hidden.
   * Leaflet's own 'load' fires at the first bitmap of each tile.
   */
  private announceIfDrawn(): void {
    // Once for a view: a view drawn ahead finds nothing pending at each of its tiles.
    if (this.pending.size || this.announced) return;
    this.announced = true;
    this.underlay.viewDrawn();
    this.fire('drawn');
    this.send({ type: 'drawn' });
  }
}

export function createBasemapLayer(options: BasemapLayerOptions = {}): Basemap {
  return new BasemapLayer(options);
}
