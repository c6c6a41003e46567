/**
 * All the basemap takes from Leaflet's private GridLayer, in one place: the
 * four methods it overrides and the state it reads. Leaflet documents none
 * of them, so leaflet-internals.test.ts runs the real GridLayer and pins
 * what each override relies on, and package.json pins Leaflet to the exact
 * version those tests were written against (1.9.4).
 */
import L from 'leaflet';
import { TILE_SIZE, type TileCoords } from './tiles';

/** A tile's key, as Leaflet writes it (GridLayer._tileCoordsToKey). */
export const tileKey = ({ x, y, z }: TileCoords): string => `${x}:${y}:${z}`;

/**
 * The tiles Leaflet will ask for when the map shows `center` at `zoom`: its
 * GridLayer's range, without keepBuffer. Leaflet has no public call for it,
 * so this is its private _getTiledPixelBounds and _pxBoundsToTileRange in
 * public calls, checked against the tiles the real GridLayer asks for. x is
 * not wrapped; y may run off the world.
 */
export function tilesInView(map: L.Map, center: L.LatLng, zoom: number): { z: number; min: L.Point; max: L.Point } {
  const z = Math.round(Math.min(Math.max(zoom, map.getMinZoom()), map.getMaxZoom()));
  const pixelCenter = map.project(center, z).floor();
  const half = map.getSize().divideBy(map.getZoomScale(zoom, z) * 2);
  const min = pixelCenter.subtract(half).divideBy(TILE_SIZE).floor();
  const max = pixelCenter.add(half).divideBy(TILE_SIZE).ceil().subtract([1, 1]);
  return { z, min, max };
}

/** One of Leaflet's tile records (GridLayer._tiles). */
interface TileRecord {
  el: HTMLElement;
  coords: L.Coords;
  /** Drawn and shown (its fade, if any, done). */
  active?: boolean;
  /** When its first drawing came (its done callback). */
  loaded?: number;
  /** To survive the prune under way. */
  retain?: boolean;
}

/** Leaflet 1.9's private GridLayer members used here. */
interface GridLayerPrivate {
  _tiles: Record<string, TileRecord | undefined>;
  _levels: Record<number, { el: HTMLElement }>;
  /** The zoom its tiles are at. */
  _tileZoom?: number;
  _pruneTiles(): void;
  _removeTile(key: string): void;
}

const leaflet = L.GridLayer.prototype as unknown as GridLayerPrivate;
const privateOf = (layer: L.GridLayer) => layer as unknown as GridLayerPrivate;

/** The layer's tile levels (one element per zoom with tiles), and the zoom of the view's own tiles. */
export function tileLevels(layer: L.GridLayer): { levels: { zoom: number; el: HTMLElement }[]; tileZoom: number | undefined } {
  const { _levels: levels, _tileZoom: tileZoom } = privateOf(layer);
  return { levels: Object.entries(levels).map(([z, { el }]) => ({ zoom: Number(z), el })), tileZoom };
}

/**
 * A GridLayer whose drawn tiles stand in for the view's new ones, whatever
 * the move: a jump keeps them, a drawn ancestor is kept however far up, and
 * the underlay (tiles at or under `underlayMaxZoom`), once drawn, is kept.
 */
export class StandInGridLayer extends L.GridLayer {
  readonly #underlayMaxZoom: number;
  /** Set while Leaflet prunes, so the underlay's tiles are kept (and only then). */
  #pruning = false;

  constructor(options: L.GridLayerOptions, underlayMaxZoom: number) {
    super(options);
    this.#underlayMaxZoom = underlayMaxZoom;
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
    const tiles = privateOf(this)._tiles;
    for (let zz = z - 1; zz >= 0; zz--) {
      x = Math.floor(x / 2);
      y = Math.floor(y / 2);
      const tile = tiles[tileKey({ x, y, z: zz })];
      if (tile?.active) {
        tile.retain = true;
        return zz > this.#underlayMaxZoom;
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
    this.#pruning = true;
    try {
      leaflet._pruneTiles.call(this);
    } finally {
      this.#pruning = false;
    }
  }

  protected _removeTile(key: string): void {
    const tile = privateOf(this)._tiles[key];
    if (this.#pruning && tile?.active && tile.coords.z <= this.#underlayMaxZoom) return;
    leaflet._removeTile.call(this, key);
  }
}
