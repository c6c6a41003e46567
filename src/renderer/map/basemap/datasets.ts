/**
 * Loads each Natural Earth dataset once, on first need. The files ship as
 * plain JSON assets (vite's `?url`) and are fetched and parsed as JSON: a
 * JS-module import (even with json.stringify) first compiles the whole 3 MB
 * as a script, which measured 2-6x slower in the worker.
 */
import url110m from 'world-atlas/countries-110m.json?url';
import url50m from 'world-atlas/countries-50m.json?url';
import url10m from 'world-atlas/land-10m.json?url';
import type { DatasetId } from './lod';
import { prepareTopology, type AtlasTopology, type PreparedDataset } from './prepare';

const urls: Record<DatasetId, string> = { '110m': url110m, '50m': url50m, '10m': url10m };

async function fetchTopology(id: DatasetId): Promise<AtlasTopology> {
  const response = await fetch(urls[id]);
  if (!response.ok) throw new Error(`${urls[id]}: HTTP ${response.status}`);
  return (await response.json()) as AtlasTopology;
}

/**
 * Fetched and converted each time it is called: the worker's DataLoads asks
 * once and keeps the result for the worker's life (converting 10m takes a few
 * hundred ms), and after a failure asks again, which a kept rejected promise
 * would have answered with the same failure forever.
 */
export const loadDataset = (id: DatasetId): Promise<PreparedDataset> => fetchTopology(id).then(prepareTopology);
