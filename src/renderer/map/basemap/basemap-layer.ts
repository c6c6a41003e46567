/**
 * The basemap as a Leaflet GridLayer. createTile hands Leaflet an empty
 * canvas at once and asks the worker to draw it; the main thread only
 * receives finished bitmaps, so it never runs a long task for the map.
 */
import L from 'leaflet';
import { BASEMAP_PALETTE, type BasemapPalette } from './palette';
import type { CityNames } from './city-file';
import type { FromWorker, ToWorker } from './protocol';
import { TILE_SIZE, wrapTileX } from './tiles';
import { WorkerSupervisor } from './worker-supervisor';

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

interface PendingTile {
  tile: HTMLCanvasElement;
  done: L.DoneCallback;
  shown: boolean;
}

/** Leaflet 1.9's private GridLayer methods overridden below (and _retainParent, rewritten). */
interface GridLayerInternals {
  _pruneTiles(this: L.GridLayer): void;
  _removeTile(this: L.GridLayer, key: string): void;
}
const gridLayer = L.GridLayer.prototype as unknown as GridLayerInternals;

/** Leaflet 1.9's private GridLayer state read below: its tiles by key, its levels by zoom, the zoom its tiles are at. */
interface GridLayerState {
  _tiles: Record<string, { active?: boolean; loaded?: number; retain?: boolean; coords: L.Coords } | undefined>;
  _levels: Record<number, { el: HTMLElement }>;
  _tileZoom?: number;
}

/**
 * Tiles this coarse, once drawn, are kept under the others: the whole
 * journey's view (zoom 4 at 1920x1080) stays as an underlay, so a camera
 * pulling back (out of Paris, over the Atlantic) shows coarse land where its
 * new tiles are still being drawn, not bare sea. The show's views at these
 * zooms keep it to a few dozen tiles; every loop reuses the same ones.
 */
const UNDERLAY_MAX_ZOOM = 4;

/** Vite spots this exact form and bundles the worker as its own file (CSP: worker-src 'self'). */
const startWorker = (): Worker => new Worker(new URL('./basemap.worker.ts', import.meta.url), { type: 'module' });

let prewarmed: Worker | undefined;
/** Set if the prewarmed worker failed before a layer adopted it (its error would otherwise go unseen). */
let prewarmFailed = false;

/**
 * Starts the basemap worker now, so it loads its data while the app boots;
 * the next basemap layer added adopts it. Optional: call it first thing in
 * the renderer's entry (measured: first tiles ~20-80 ms after the layer is
 * added, instead of ~100-200 ms).
 */
export function prewarmBasemap(): void {
  if (prewarmed) return;
  prewarmed = startWorker();
  prewarmFailed = false;
  prewarmed.onerror = (event) => {
    event.preventDefault();
    prewarmFailed = true;
  };
}

/** The prewarmed worker if it is sound; undefined to have the layer start (and supervise) a new one. */
function takeWorker(): Worker | undefined {
  const worker = prewarmed;
  prewarmed = undefined;
  if (worker && prewarmFailed) worker.terminate();
  return worker && !prewarmFailed ? worker : undefined;
}

/** Shows a bitmap with no copy where the browser can, else draws it. */
function paint(tile: HTMLCanvasElement, bitmap: ImageBitmap): void {
  const renderer = tile.getContext('bitmaprenderer');
  if (renderer) return renderer.transferFromImageBitmap(bitmap);
  tile.getContext('2d')?.drawImage(bitmap, 0, 0);
  bitmap.close();
}

const keyOf = ({ x, y, z }: { x: number; y: number; z: number }) => `${x}:${y}:${z}`;

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

class BasemapLayer extends L.GridLayer implements Basemap {
  private worker: WorkerSupervisor<ToWorker, FromWorker> | undefined;
  /** Set while Leaflet prunes, so the underlay's tiles are kept (and only then). */
  private pruning = false;
  /** Between the map's movestart and moveend (a flight, a jump). */
  private moving = false;
  /** 'drawn' was announced, and no tile has been asked for since (Leaflet's 'loading', or one left to draw). */
  private announced = false;
  private nextId = 1;
  private readonly pending = new Map<number, PendingTile>();
  /** Prefetched tiles the worker is drawing, by request id, and those drawn, by tile key. */
  private readonly prefetching = new Map<number, string>();
  private readonly prefetched = new Map<string, ImageBitmap>();
  /** The tiles the last prefetch asked for ("z/x0,y0/x1,y1@dpr"): asked again, they are not drawn twice. */
  private aheadRange = '';
  private readonly ids = new WeakMap<HTMLElement, number>();
  private readonly palette: BasemapPalette;
  private readonly createWorker: (() => Worker) | undefined;
  private readonly onProblem: (text: string) => void;

  constructor({ palette, createWorker, onProblem = (text) => console.error(`[handover] ${text}`), ...options }: BasemapLayerOptions) {
    // Leaflet wraps tile x for EPSG3857 (noWrap false), so the world repeats at low zoom.
    super({ noWrap: false, ...options, tileSize: TILE_SIZE });
    this.palette = { ...BASEMAP_PALETTE, ...palette };
    this.createWorker = createWorker;
    this.onProblem = onProblem;
  }

  override onAdd(map: L.Map): this {
    // Leaflet stacks its tile levels by distance from this zoom (without it, by the order they were made).
    (this.options as L.GridLayerOptions).maxZoom ??= map.getMaxZoom();
    this.worker = new WorkerSupervisor<ToWorker, FromWorker>(this.createWorker ?? startWorker, {
      message: (message) => this.receive(message),
      restarted: () => this.afterRestart(),
      problem: this.onProblem,
    });
    this.worker.run(this.createWorker ? undefined : takeWorker());
    this.send({ type: 'palette', palette: this.palette });
    this.on('tileunload', this.onTileUnload, this);
    map.on('movestart', this.onMoveStart, this);
    map.on('moveend', this.onMoveEnd, this);
    this.on('loading', this.onLoading, this);
    return super.onAdd(map);
  }

  override onRemove(map: L.Map): this {
    this.off('tileunload', this.onTileUnload, this);
    map.off('movestart', this.onMoveStart, this);
    map.off('moveend', this.onMoveEnd, this);
    this.off('loading', this.onLoading, this);
    super.onRemove(map);
    this.dropPrefetched();
    this.worker?.stop();
    this.worker = undefined;
    this.pending.clear();
    return this;
  }

  /** A new worker stands in for a failed one: it gets the palette, and every tile in view is asked for again. */
  private afterRestart(): void {
    this.send({ type: 'palette', palette: this.palette });
    this.prefetching.clear();
    this.aheadRange = '';
    this.fire('aheaddrawn');
    this.pending.clear();
    this.redraw();
    this.onProblem('basemap worker restarted: the map is being drawn again');
  }

  prefetch(center: L.LatLng, zoom: number): void {
    const map = this._map as L.Map | undefined;
    if (!map) return;
    // The tiles Leaflet will ask for at that view: as GridLayer._getTiledPixelBounds, without keepBuffer.
    const z = Math.round(Math.min(Math.max(zoom, map.getMinZoom()), map.getMaxZoom()));
    const pixelCenter = map.project(center, z).floor();
    const half = map.getSize().divideBy(map.getZoomScale(zoom, z) * 2);
    const min = pixelCenter.subtract(half).divideBy(TILE_SIZE).floor();
    const max = pixelCenter.add(half).divideBy(TILE_SIZE).ceil().subtract([1, 1]);
    const dpr = window.devicePixelRatio || 1;
    // The same view asked for again (the show at rest once more, after a hold): its drawings are kept.
    const range = `${z}/${min.x},${min.y}/${max.x},${max.y}@${dpr}`;
    if (range === this.aheadRange && (this.prefetching.size || this.prefetched.size)) return;
    this.dropPrefetched();
    this.aheadRange = range;
    for (let y = Math.max(0, min.y); y <= Math.min(max.y, 2 ** z - 1); y++) {
      for (let x = min.x; x <= max.x; x++) {
        const coords = { x: wrapTileX(x, z), y, z };
        const id = this.nextId++;
        this.prefetching.set(id, keyOf(coords));
        this.send({ type: 'render', id, coords, dpr });
      }
    }
    this.fire(this.prefetching.size ? 'aheaddrawing' : 'aheaddrawn');
  }

  private dropPrefetched(): void {
    for (const id of this.prefetching.keys()) this.send({ type: 'cancel', id });
    this.prefetching.clear();
    for (const bitmap of this.prefetched.values()) bitmap.close();
    this.prefetched.clear();
  }

  protected override createTile(coords: L.Coords, done: L.DoneCallback): HTMLElement {
    const tile = document.createElement('canvas');
    const dpr = window.devicePixelRatio || 1;
    tile.width = tile.height = Math.round(TILE_SIZE * dpr);
    const key = keyOf(coords);
    // A prefetched drawing (final, or a stand-in while the final is drawn) is shown at once.
    const early = this.prefetched.get(key);
    this.prefetched.delete(key);
    if (early) paint(tile, early);
    // A tile still being prefetched is adopted: the worker's next drawing comes to it.
    const adopted = [...this.prefetching].find(([, k]) => k === key)?.[0];
    if (adopted !== undefined) this.forgetPrefetch(adopted);
    if (early && adopted === undefined) {
      // Final already. Leaflet records the tile only after createTile returns.
      queueMicrotask(() => {
        done(undefined, tile);
        this.announceIfDrawn();
      });
      return tile;
    }
    const id = adopted ?? this.nextId++;
    const entry = { tile, done, shown: false };
    this.pending.set(id, entry);
    this.announced = false;
    this.ids.set(tile, id);
    if (adopted === undefined) this.send({ type: 'render', id, coords: { x: coords.x, y: coords.y, z: coords.z }, dpr });
    if (early) queueMicrotask(() => !entry.shown && ((entry.shown = true), done(undefined, tile)));
    return tile;
  }

  /**
   * Keeps the nearest drawn ancestor of a tile still being drawn, however many
   * levels up. Leaflet stops at 5 levels; a flight spans up to ~9, so a tile
   * landing at zoom 11 could find no drawn parent and leave bare sea until
   * its own drawing came. An upscaled parent for a moment is the milder sight.
   * An ancestor from the underlay is kept but answers "none", so that Leaflet
   * also keeps the finer tiles already drawn there (it keeps children only
   * when no parent is found): on a camera pulling back they are sharper.
   */
  protected _retainParent(x: number, y: number, z: number): boolean {
    const tiles = this.leaflet._tiles;
    for (let zz = z - 1; zz >= 0; zz--) {
      x = Math.floor(x / 2);
      y = Math.floor(y / 2);
      const tile = tiles[keyOf({ x, y, z: zz })];
      if (tile?.active) {
        tile.retain = true;
        return zz > UNDERLAY_MAX_ZOOM;
      }
      if (tile?.loaded) tile.retain = true;
    }
    return false;
  }

  /**
   * A jump (setView without animation: a chapter with no leg, going back, a
   * chapter by its number) has Leaflet drop every tile ('viewprereset')
   * before it asks for the new view's, which left bare sea for a moment.
   * Here the old tiles stay: the new view's levels are placed and pruned as
   * after any move, so a drawn ancestor stands in (_retainParent) until each
   * new tile is drawn, as in a flight.
   */
  protected _invalidateAll(): void {}

  protected _pruneTiles(): void {
    this.pruning = true;
    try {
      gridLayer._pruneTiles.call(this);
    } finally {
      this.pruning = false;
    }
  }

  protected _removeTile(key: string): void {
    const tile = this.leaflet._tiles[key];
    if (this.pruning && tile?.active && tile.coords.z <= UNDERLAY_MAX_ZOOM) return;
    gridLayer._removeTile.call(this, key);
  }

  /** The GridLayer state of Leaflet's own that the overrides read. */
  private get leaflet(): GridLayerState {
    return this as unknown as GridLayerState;
  }

  private send(message: ToWorker): void {
    this.worker?.send(message);
  }

  /** Leaflet dropped a tile (panned away, zoom changed): stop its work, ignore late replies. */
  private onTileUnload({ tile }: L.TileEvent): void {
    const id = this.ids.get(tile);
    if (id === undefined || !this.pending.delete(id)) return;
    this.send({ type: 'cancel', id });
    this.announceIfDrawn();
  }

  private receive(message: FromWorker): void {
    if (message.type === 'problem') return this.onProblem(message.message);
    if (message.type === 'redraw') return void this.redraw();
    if (message.type === 'names') return void this.fire('citynames', { city: message.city, names: message.names } satisfies CityNamesEvent);
    const prefetched = this.prefetching.get(message.id);
    if (prefetched !== undefined) return this.receivePrefetched(prefetched, message);
    const entry = this.pending.get(message.id);
    if (message.type === 'tile' && message.final) this.worker?.healthy();
    if (message.type === 'error') {
      this.pending.delete(message.id);
      entry?.done(new Error(message.message), entry.tile);
      return;
    }
    if (!entry) return message.bitmap.close();
    paint(entry.tile, message.bitmap);
    if (message.final) this.pending.delete(message.id);
    if (!entry.shown) {
      entry.shown = true;
      entry.done(undefined, entry.tile);
    }
    if (message.final) this.announceIfDrawn();
  }

  /** Keeps a prefetched tile's latest drawing: a stand-in until its final one comes. */
  private receivePrefetched(key: string, message: Extract<FromWorker, { type: 'tile' | 'error' }>): void {
    if (message.type === 'error' || message.final) this.forgetPrefetch(message.id);
    if (message.type === 'error') return;
    this.prefetched.get(key)?.close();
    this.prefetched.set(key, message.bitmap);
  }

  /** A prefetched tile is done with (drawn, failed or adopted by Leaflet); 'aheaddrawn' once none is left. */
  private forgetPrefetch(id: number): void {
    if (this.prefetching.delete(id) && this.prefetching.size === 0) this.fire('aheaddrawn');
  }

  /**
   * The underlay is only seen through the gaps of a moving camera or of tiles
   * still loading; at rest, under a wholly drawn view, it is hidden, so the
   * page does not composite a screenful of it under every frame of the flag's
   * travel (measured: 5 or 6 frames over 33 ms of 1920 travelling with it
   * shown, 0 to 2 without).
   */
  private onLoading(): void {
    this.announced = false;
    this.setUnderlayHidden(false);
  }

  private onMoveStart(): void {
    this.moving = true;
    this.setUnderlayHidden(false);
  }

  private onMoveEnd(): void {
    this.moving = false;
    if (this.pending.size === 0) this.setUnderlayHidden(true);
  }

  private setUnderlayHidden(hidden: boolean): void {
    const { _levels: levels, _tileZoom: tileZoom } = this.leaflet;
    for (const [z, level] of Object.entries(levels)) {
      if (Number(z) <= UNDERLAY_MAX_ZOOM) level.el.style.visibility = hidden && Number(z) !== tileZoom ? 'hidden' : '';
    }
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
    if (!this.moving) this.setUnderlayHidden(true);
    this.fire('drawn');
    this.send({ type: 'drawn' });
  }
}

export function createBasemapLayer(options: BasemapLayerOptions = {}): Basemap {
  return new BasemapLayer(options);
}
