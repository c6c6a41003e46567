/**
 * The basemap worker: loads the datasets and renders tiles off the main
 * thread. Tiles are rendered one per task, so a 'cancel' for a tile Leaflet
 * has dropped gets in before that tile's turn and no time is spent on it.
 */
import { loadCity } from './city-load';
import type { CityLayers } from './city-decode';
import { CITY_IDS, citiesForTile, type CityId } from './city-regions';
import { loadDataset } from './datasets';
import { drawTile } from './draw-tile';
import { IDLE_PRELOAD, PRELOAD, datasetsOf, detailForZoom, readyDetail, type DatasetId, type TileDetail } from './lod';
import { BASEMAP_PALETTE, type BasemapPalette } from './palette';
import type { PreparedDataset } from './prepare';
import { ALIVE, type FromWorker, type ToWorker } from './protocol';
import { TILE_SIZE, type TileCoords } from './tiles';

/** The bits of DedicatedWorkerGlobalScope used here (the renderer's tsconfig has DOM types). */
interface WorkerScope {
  postMessage(message: FromWorker | typeof ALIVE, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
}
const scope = self as unknown as WorkerScope;

interface Job {
  id: number;
  coords: TileCoords;
  dpr: number;
  /** A stand-in was sent; the final tile waits for its data. */
  standIn: boolean;
}

let palette: BasemapPalette = BASEMAP_PALETTE;
const jobs = new Map<number, Job>(); // insertion order = Leaflet's order, centre first
const sets = new Map<DatasetId, PreparedDataset>();
const failed = new Set<DatasetId>();
const ready = new Set<DatasetId>();
const cities = new Map<CityId, CityLayers>();
const failedCities = new Set<CityId>();

/**
 * Datasets load one after the other, in the order first asked for: 110m,
 * then 50m (PRELOAD), then 10m and the cities' detail when a tile wants them
 * or the worker is idle. Loading them side by side would only delay 110m,
 * which every first view needs for a stand-in.
 */
const requested = new Set<DatasetId | CityId>();
let queue = Promise.resolve();
function enqueue<T>(id: DatasetId | CityId, load: () => Promise<T>, done: (data: T) => void, fail: () => void): void {
  if (requested.has(id)) return;
  requested.add(id);
  queue = queue
    .then(load)
    .then(done, (error: unknown) => void (console.error(`basemap: cannot load ${id}`, error), fail()))
    .then(schedule);
}
const need = (id: DatasetId) =>
  enqueue(id, () => loadDataset(id), (set) => void (sets.set(id, set), ready.add(id)), () => failed.add(id));
const needCity = (id: CityId) =>
  enqueue(id, () => loadCity(id), (city) => void cities.set(id, city), () => failedCities.add(id));
PRELOAD.forEach(need);

const canvases = new Map<number, OffscreenCanvas>();
function render(job: Job, detail: TileDetail, final: boolean): void {
  const start = performance.now();
  const size = Math.round(TILE_SIZE * job.dpr);
  let canvas = canvases.get(size);
  if (!canvas) canvases.set(size, (canvas = new OffscreenCanvas(size, size)));
  const ctx = canvas.getContext('2d', { alpha: false })!;
  const land = sets.get(detail.land)!;
  const borders = sets.get(detail.borders)!.borders;
  const cityDetail = citiesForTile(job.coords).flatMap((id) => cities.get(id) ?? []);
  drawTile(ctx, { land: land.land, coast: land.coast, borders, cities: cityDetail }, job.coords, job.dpr, palette);
  const bitmap = canvas.transferToImageBitmap();
  scope.postMessage({ type: 'tile', id: job.id, bitmap, final, ms: performance.now() - start }, [bitmap]);
}

/** Does the next piece of work for one job; false if it must wait for data. */
function advance(job: Job): boolean {
  const missing = datasetsOf(detailForZoom(job.coords.z)).filter((id) => !ready.has(id));
  missing.forEach(need);
  const missingCities = citiesForTile(job.coords).filter((id) => !cities.has(id) && !failedCities.has(id));
  missingCities.forEach(needCity);
  const waiting = missing.some((id) => !failed.has(id)) || missingCities.length > 0;
  const now = readyDetail(job.coords.z, ready);
  if (waiting && (job.standIn || !now)) return false;
  if (!now) {
    jobs.delete(job.id);
    scope.postMessage({ type: 'error', id: job.id, message: `no basemap data for zoom ${job.coords.z}` }, []);
    return true;
  }
  // Once every wanted set is in (or failed for good), this tile is the last.
  render(job, now.detail, !waiting);
  if (waiting) job.standIn = true;
  else jobs.delete(job.id);
  return true;
}

let scheduled = false;
const tick = new MessageChannel();
tick.port1.onmessage = () => {
  scheduled = false;
  for (const job of jobs.values()) {
    if (advance(job)) return schedule();
  }
};
function schedule(): void {
  if (!scheduled && jobs.size) (scheduled = true), tick.port2.postMessage(null);
  else if (jobs.size === 0 && PRELOAD.every((id) => ready.has(id) || failed.has(id))) {
    IDLE_PRELOAD.forEach(need);
    CITY_IDS.forEach(needCity);
  }
}

scope.onmessage = ({ data }) => {
  if (data.type === 'heartbeat') scope.postMessage(ALIVE, []); // answered at once: silence means this worker is gone
  else if (data.type === 'palette') palette = data.palette;
  else if (data.type === 'cancel') jobs.delete(data.id);
  else jobs.set(data.id, { id: data.id, coords: data.coords, dpr: data.dpr, standIn: false }), schedule();
};
