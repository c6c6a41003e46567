/**
 * Loads each Natural Earth dataset once, on first need, as its own lazy chunk
 * (vite's json.stringify makes each a fast JSON.parse). Kept for the life of
 * the worker: converting 10m takes a few hundred milliseconds.
 */
import type { DatasetId } from './lod';
import { prepareTopology, type AtlasTopology, type PreparedDataset } from './prepare';

const importers: Record<DatasetId, () => Promise<{ default: unknown }>> = {
  '110m': () => import('world-atlas/countries-110m.json'),
  '50m': () => import('world-atlas/countries-50m.json'),
  '10m': () => import('world-atlas/land-10m.json'),
};

const loading = new Map<DatasetId, Promise<PreparedDataset>>();

export function loadDataset(id: DatasetId): Promise<PreparedDataset> {
  let promise = loading.get(id);
  if (!promise) {
    promise = importers[id]().then((module) => prepareTopology(module.default as AtlasTopology));
    loading.set(id, promise);
  }
  return promise;
}
