/**
 * The basemap worker: loads the datasets and draws tiles off the main thread
 * (tile-worker.ts holds its state). This file only wires it to its scope.
 */
import { ALIVE, type FromWorker, type ToWorker } from './protocol';
import { TileWorker } from './tile-worker';

/** The bits of DedicatedWorkerGlobalScope used here (the renderer's tsconfig has DOM types). */
interface WorkerScope {
  postMessage(message: FromWorker | typeof ALIVE, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
}
const scope = self as unknown as WorkerScope;

const worker = new TileWorker((message, transfer) => scope.postMessage(message, transfer));
scope.onmessage = ({ data }) => {
  // Answered at once, whatever the worker is busy with: silence means this worker is gone (worker-supervisor.ts).
  if (data.type === 'heartbeat') scope.postMessage(ALIVE, []);
  else worker.receive(data);
};
