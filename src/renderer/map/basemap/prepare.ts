/**
 * Turns a world-atlas TopoJSON into pieces in world units: land rings to
 * fill, coastlines and borders to stroke. Done once per dataset, and async so
 * the worker can render tiles between steps while a big set converts.
 */
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Polygon, Position } from 'geojson';
import { geoArea } from 'd3-geo';
import { unwrapRing } from './antimeridian';
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
function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => (port1.close(), resolve());
    port2.postMessage(null);
  });
}

/** True each time another `every` points of work have been done: time to yield. */
function pacer(every: number): (points: number) => boolean {
  let done = 0;
  return (points) => (done += points) >= every && !(done = 0);
}

/**
 * The land's polygons one at a time (land-10m is a single MultiPolygon, and
 * converting it whole blocks the worker for ~0.1 s).
 */
function* landPolygons(topology: AtlasTopology): Generator<Polygon> {
  for (const geometry of topology.objects.land.geometries) {
    const all = geometry.type === 'Polygon' ? [geometry.arcs] : geometry.type === 'MultiPolygon' ? geometry.arcs : [];
    for (const arcs of all) {
      const { geometry: polygon } = feature(topology, { type: 'Polygon', arcs });
      if (polygon?.type === 'Polygon') yield polygon;
    }
  }
}

/**
 * Even-odd filling ignores winding, so polygons are projected ring by ring:
 * with the plain formula, unwrapped first if they cross the antimeridian. Only
 * rings round a pole need d3, which reads winding: a ring wound the wrong way
 * is the whole sphere minus a speck (a few 3-point slivers in land-10m are),
 * and would paint every tile as land. No land polygon is bigger than a
 * hemisphere, so such polygons are dropped.
 */
function projectPolygon({ coordinates: rings }: Polygon): Float64Array[] {
  if (!rings.some(needsSphericalClip)) return rings.map((ring) => projectPlain(ring, true).xy);
  const unwrapped = rings.map(unwrapRing);
  if (unwrapped.every((ring) => ring !== null)) {
    return unwrapped.map((ring) => projectPlain(ring, true).xy);
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
function coastLines(polygons: Polygon[]): Position[][] {
  const lines: Position[][] = [];
  for (const ring of polygons.flatMap((p) => p.coordinates)) {
    let start = 0;
    for (let i = 1; i <= ring.length; i++) {
      if (i < ring.length && !isMeridianCut(ring[i - 1]!, ring[i]!)) continue;
      if (i - start > 1) lines.push(ring.slice(start, i));
      start = i;
    }
  }
  return lines;
}

function linePieces(line: Position[]): Piece[] {
  const runs = needsSphericalClip(line) ? projectToWorld({ type: 'LineString', coordinates: line }) : [projectPlain(line, false)];
  return runs.flatMap((run) => chunkLine(run.xy));
}

async function linesToPieces(lines: Position[][], due: (points: number) => boolean): Promise<Piece[]> {
  const out: Piece[] = [];
  for (const line of lines) {
    out.push(...linePieces(line));
    if (due(line.length)) await yieldToEvents();
  }
  return out;
}

export async function prepareTopology(topology: AtlasTopology): Promise<PreparedDataset> {
  // Yield every ~20,000 points (and after parsing), so no step holds up tile rendering for long.
  const due = pacer(20_000);
  await yieldToEvents();
  const polygons: Polygon[] = [];
  const land: Piece[] = [];
  for (const polygon of landPolygons(topology)) {
    polygons.push(polygon);
    for (const ring of projectPolygon(polygon)) land.push(...splitRing(ring));
    if (due(polygon.coordinates.reduce((n, ring) => n + ring.length, 0))) await yieldToEvents();
  }
  const coast = await linesToPieces(coastLines(polygons), due);
  const { countries } = topology.objects;
  const borders = countries ? await linesToPieces(mesh(topology, countries, (a, b) => a !== b).coordinates, due) : [];
  return { land, coast, borders };
}
