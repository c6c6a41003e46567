/** Messages between the basemap layer (main thread) and its worker. */
import type { CityNames } from './city-file';
import type { BasemapPalette } from './palette';
import type { TileCoords } from './tiles';

export type ToWorker =
  | { type: 'palette'; palette: BasemapPalette }
  | { type: 'render'; id: number; coords: TileCoords; dpr: number }
  | { type: 'cancel'; id: number };

export type FromWorker =
  /** `final: false` is a stand-in drawn from coarser data; the final one follows. */
  | { type: 'tile'; id: number; bitmap: ImageBitmap; final: boolean; /** Time spent drawing, for diagnostics. */ ms: number }
  | { type: 'error'; id: number; message: string }
  /** For the operator's log: a map file that failed to load (and its retries), or came in after all. */
  | { type: 'problem'; message: string }
  /** Data that had failed came in: draw the tiles in view again. */
  | { type: 'redraw' }
  /** A city's map came in, with the names to write on it. */
  | { type: 'names'; city: string; names: CityNames };
