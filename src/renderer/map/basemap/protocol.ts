/** Messages between the basemap layer (main thread) and its worker. */
import type { CityNames } from './city-file';
import type { BasemapPalette } from './palette';
import type { TileCoords } from './tiles';

export type ToWorker =
  | { type: 'palette'; palette: BasemapPalette }
  | { type: 'render'; id: number; coords: TileCoords; dpr: number }
  | { type: 'cancel'; id: number }
  /** Every tile in view has its final drawing: the worker may load what no view needs yet. */
  | { type: 'drawn' }
  | typeof HEARTBEAT;

export type FromWorker =
  /** `final: false` is a stand-in drawn from coarser data; the final one follows. */
  | { type: 'tile'; id: number; bitmap: ImageBitmap; final: boolean }
  | { type: 'error'; id: number; message: string }
  /** For the operator's log: a map file that failed to load (and its retries), or came in after all. */
  | { type: 'problem'; message: string }
  /** Data that had failed came in: draw the tiles in view again. */
  | { type: 'redraw' }
  /** A city's map came in, with the names to write on it. */
  | { type: 'names'; city: string; names: CityNames };

/**
 * The supervisor's heartbeat (worker-supervisor.ts) and the worker's answer,
 * sent at once: a worker that closed itself or was killed fires no error
 * event, so silence is how its death is noticed.
 */
export const HEARTBEAT = { type: 'heartbeat' } as const;
export const ALIVE = { type: 'alive' } as const;
export const isAlive = (message: unknown): boolean => (message as { type?: unknown } | null)?.type === ALIVE.type;
