/** Messages between the basemap layer (main thread) and its worker. */
import type { BasemapPalette } from './palette';
import type { TileCoords } from './tiles';

export type ToWorker =
  | { type: 'palette'; palette: BasemapPalette }
  | { type: 'render'; id: number; coords: TileCoords; dpr: number }
  | { type: 'cancel'; id: number };

export type FromWorker =
  /** `final: false` is a stand-in drawn from coarser data; the final one follows. */
  | { type: 'tile'; id: number; bitmap: ImageBitmap; final: boolean; /** Time spent drawing, for diagnostics. */ ms: number }
  | { type: 'error'; id: number; message: string };
