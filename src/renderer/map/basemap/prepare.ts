/**
 * Turns a world-atlas TopoJSON into pieces in world units: land rings to
 * fill, coastlines and borders to stroke. Done once per dataset, and async so
 * the worker can render tiles between steps while a big set converts.
 */
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MultiLineString, Polygon, Position } from 'geojson';
import { geoArea } from 'd3-geo';
import { cutAtWorldEdges, unwrapRing } from './antimeridian';
import { chunkLine, splitRing, type Piece } from './pieces';
import { needsSphericalClip, projectPlain, projectToWorld } from './world-projection';

export interface PreparedDataset {
  land: Piece[];
  coast: Piece[];
  /** Empty for a land-only file (land-10m). */
  borders: Piece[];
}

export type AtlasTopology = Topology<{ land: GeometryCollection; countries?: GeometryCollection }>;

/** Lets queued messages (tile requests) run between steps of a long job. */
export function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => (port1.close(), resolve());
    port2.postMessage(null);
  });
}

function landPolygons(topology: AtlasTopology): Polygon[] {
  const out: Polygon[] = [];
  for (const { geometry: g } of feature(topology, topology.objects.land).features) {
    const all = g?.type === 'Polygon' ? [g.coordinates] : g?.type === 'MultiPolygon' ? g.coordinates : [];
    for (const coordinates of all) out.push({ type: 'Polygon', coordinates });
  }
  return out;
}

/**
 * Even-odd filling ignores winding, so polygons are projected ring by ring:
 * with the plain formula, or cut at the antimeridian if they cross it. Only
 * rings round a pole need d3, which reads winding: a ring wound the wrong way
 * is the whole sphere minus a speck (a few 3-point slivers in land-10m are),
 * and would paint every tile as land. No land polygon is bigger than a
 * hemisphere, so such polygons are dropped.
 */
function projectPolygon({ coordinates: rings }: Polygon): Float64Array[] {
  if (!rings.some(needsSphericalClip)) return rings.map((ring) => projectPlain(ring, true).xy);
  const unwrapped = rings.map(unwrapRing);
  if (unwrapped.every((ring) => ring !== null)) {
    return unwrapped.flatMap((ring) => cutAtWorldEdges(projectPlain(ring, true).xy));
  }
  const polygon: Polygon = { type: 'Polygon', coordinates: rings };
  return geoArea(polygon) < 2 * Math.PI ? projectToWorld(polygon).map((run) => run.xy) : [];
}

/** A segment along ±180° is where Natural Earth cut a shape, not a coast. */
const isMeridianCut = (a: Position, b: Position) => Math.abs(Math.abs(a[0]!) - 180) < 1e-9 && a[0] === b[0];

/**
 * Every ring of the merged land object is coast (it has no inner arcs), so
 * the coast is the rings drawn as lines, minus the cuts along ±180°.
 */
function coastLines(polygons: Polygon[]): MultiLineString {
  const lines: Position[][] = [];
  for (const ring of polygons.flatMap((p) => p.coordinates)) {
    let start = 0;
    for (let i = 1; i <= ring.length; i++) {
      if (i < ring.length && !isMeridianCut(ring[i - 1]!, ring[i]!)) continue;
      if (i - start > 1) lines.push(ring.slice(start, i));
      start = i;
    }
  }
  return { type: 'MultiLineString', coordinates: lines };
}

function linePieces({ coordinates }: MultiLineString): Piece[] {
  const runs = coordinates.flatMap((line) =>
    needsSphericalClip(line) ? projectToWorld({ type: 'LineString', coordinates: line }) : [projectPlain(line, false)],
  );
  return runs.flatMap((run) => chunkLine(run.xy));
}

export async function prepareTopology(topology: AtlasTopology): Promise<PreparedDataset> {
  const polygons = landPolygons(topology);
  await yieldToEvents();
  const land: Piece[] = [];
  for (let i = 0; i < polygons.length; i++) {
    for (const ring of projectPolygon(polygons[i]!)) land.push(...splitRing(ring));
    if (i % 500 === 499) await yieldToEvents();
  }
  const coast = linePieces(coastLines(polygons));
  await yieldToEvents();
  const { countries } = topology.objects;
  const borders = countries ? linePieces(mesh(topology, countries, (a, b) => a !== b)) : [];
  return { land, coast, borders };
}
