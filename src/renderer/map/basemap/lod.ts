/**
 * Level of detail: which Natural Earth dataset draws which zoom. 110m is
 * enough for whole-world views, 50m for continents, and from z6 the 10m land
 * gives the coastline detail a city view (Paris, the LA coast) needs. There
 * is no 10m countries file light enough to use, so its borders come from 50m.
 */
export const DATASET_IDS = ['110m', '50m', '10m'] as const;
export type DatasetId = (typeof DATASET_IDS)[number];

export interface TileDetail {
  /** Land fill and coastline. */
  land: DatasetId;
  borders: DatasetId;
}

export function detailForZoom(z: number): TileDetail {
  if (z <= 2) return { land: '110m', borders: '110m' };
  if (z <= 5) return { land: '50m', borders: '50m' };
  return { land: '10m', borders: '50m' };
}

/** Loaded one after the other as soon as the worker starts: what the first views need. */
export const PRELOAD: readonly DatasetId[] = ['110m', '50m'];

/**
 * Loaded once the first view is drawn (the layer says so) and no tile is waiting, so the close-ups
 * have their detail ready without delaying the first draw (measured: preloading
 * 10m at boot put the first draw ~400 ms over its 800 ms budget).
 */
export const IDLE_PRELOAD: readonly DatasetId[] = ['10m'];

export const datasetsOf = (d: TileDetail): DatasetId[] => (d.land === d.borders ? [d.land] : [d.land, d.borders]);

/**
 * The detail a tile at zoom z can be drawn with now: its own if its data is
 * ready (final), else the finest coarser one that is (a stand-in, redrawn
 * when the data arrives), else null.
 */
export function readyDetail(z: number, ready: ReadonlySet<DatasetId>): { detail: TileDetail; final: boolean } | null {
  for (let zz = z; zz >= 0; zz--) {
    const detail = detailForZoom(zz);
    if (datasetsOf(detail).every((id) => ready.has(id))) return { detail, final: zz === z };
  }
  return null;
}
