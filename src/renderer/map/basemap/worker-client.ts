/**
 * The basemap layer's line to its worker: the worker started early by
 * prewarmBasemap (adopted by the next layer added), or a new one, kept alive
 * by the supervisor (worker-supervisor.ts) for as long as the layer is on a map.
 */
import type { FromWorker, ToWorker } from './protocol';
import { WorkerSupervisor, type SupervisorHandlers } from './worker-supervisor';

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

/**
 * Starts (or adopts) the worker and supervises it; `createWorker` (tests pass
 * a fake) is used instead of the app's worker, and never the prewarmed one.
 */
export function connectWorker(createWorker: (() => Worker) | undefined, handlers: SupervisorHandlers<FromWorker>): WorkerSupervisor<ToWorker, FromWorker> {
  const supervisor = new WorkerSupervisor<ToWorker, FromWorker>(createWorker ?? startWorker, handlers);
  supervisor.run(createWorker ? undefined : takeWorker());
  return supervisor;
}
