// @ts-check
/**
 * What the city layer table (city-layers.json) may say, as a zod schema: the
 * app's worker and the names layer read the table through it, and so may the
 * preparation script (scripts/prepare-city-map.mjs), which keeps exactly what
 * the table selects. Plain JavaScript, type-checked from its JSDoc, so that
 * Node runs it with no build. A table that does not fit fails with the entry
 * and the field: `city-layers.json at layers[3] ("parks").zooms: …`.
 */
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

// zod/mini (a few KB in the worker, where zod's full API would add 100 KB) with English messages.
z.config(en());

const zoom = z.number().check(z.gte(0), z.lte(20));
/** Documentation for the people who edit the table; read by no code. */
const note = z.optional(z.string());

const layer = z
  .strictObject({
    id: z.string().check(z.minLength(1)),
    /** The vector tiles' source layer ("coast": the coastline file, Los Angeles only). */
    source: z.string().check(z.minLength(1)),
    /** The features' `class` values it keeps (all, without). */
    classes: z.optional(z.array(z.string())),
    /** The features' `subclass` values it keeps (all, without). */
    subclasses: z.optional(z.array(z.string())),
    /** Features left out by property value: `{ "brunnel": ["tunnel"] }`. */
    exclude: z.optional(z.record(z.string(), z.array(z.string()))),
    /** Leaflet zooms it is drawn at, inclusive. */
    zooms: z.tuple([zoom, zoom]),
    /** The closest zoom whose data is kept; closer in, that data is drawn enlarged. */
    dataTo: z.optional(zoom),
    kind: z.enum(['fill', 'line']),
    /** A CSS colour, or the name of a palette colour ("ocean", "land"). */
    colour: z.string().check(z.minLength(1)),
    /** A fill's outline colour, 1.5 px. */
    outline: z.optional(z.string()),
    /** A line's width in CSS px by zoom, linear between stops, held past the ends. */
    width: z.optional(z.array(z.tuple([zoom, z.number().check(z.positive())])).check(z.minLength(1))),
    /** Only the polygons that hold one of these points [lat, lon] (a landmark's). */
    near: z.optional(z.array(z.tuple([z.number().check(z.gte(-90), z.lte(90)), z.number().check(z.gte(-180), z.lte(180))])).check(z.minLength(1))),
    note,
  })
  .check(
    z.refine((l) => l.zooms[1] >= l.zooms[0], { message: 'expected zooms as [from, to] with from <= to', path: ['zooms'] }),
    z.refine((l) => l.kind !== 'line' || l.width !== undefined, { message: 'expected a width by zoom for a line', path: ['width'] }),
  );

/** When a kind of name is written, and how important it is (lower goes first). */
const rank = z.number().check(z.gte(0));
const policy = z.strictObject({ zoom, rank });

const labels = z.strictObject({
  about: note,
  places: z.strictObject({
    /** The tiles' source layer of places. */
    source: z.string().check(z.minLength(1)),
    /** The zoom of the tiles the names are read from. */
    fromZoom: zoom,
    /** The classes of place written, each from its zoom, in its rank. */
    classes: z.record(z.string(), policy),
    /** Districts known the world over (Hollywood): written as the class `as` is, in their own rank. */
    known: z.strictObject({ names: z.array(z.string()), as: z.string(), rank }),
    note,
  }),
  roads: z.strictObject({
    /** The tiles' source layer of road names. */
    source: z.string().check(z.minLength(1)),
    /** The road classes whose numbers are written. */
    classes: z.array(z.string()).check(z.minLength(1)),
    /** A regular expression the numbers written match. */
    numbers: z.string().check(z.refine(isRegExp, { message: 'expected a regular expression' })),
    /** A spot for the number every so many metres along the road. */
    everyMetres: z.number().check(z.positive()),
    /** From this zoom, in this rank, and at most this many in a view. */
    zoom,
    rank,
    max: z.int().check(z.gte(0)),
  }),
  /** At most this many names in a view, by zoom: [from zoom, count], the last that applies counts. */
  most: z.array(z.tuple([zoom, z.int().check(z.gte(0))])).check(z.minLength(1)),
  /** Clear space kept round each name, px. */
  gap: z.number().check(z.gte(0)),
});

export const cityLayerTable = z.strictObject({ about: note, layers: z.array(layer).check(z.minLength(1)), labels }).check(
  z.superRefine((table, context) => {
    const seen = new Set();
    table.layers.forEach(({ id }, i) => {
      if (seen.has(id)) context.addIssue({ code: 'custom', message: `expected a unique id, but "${id}" is used twice`, path: ['layers', i, 'id'], input: id });
      seen.add(id);
    });
  }),
);

/** @typedef {z.infer<typeof cityLayerTable>} CityLayerTable */
/** @typedef {CityLayerTable['layers'][number]} CityLayerEntry */
/** @typedef {CityLayerTable['labels']} NamingPolicy */

/**
 * The table, checked; a table that does not fit throws, naming each entry and field.
 * @param {unknown} json the parsed city-layers.json
 * @returns {CityLayerTable}
 */
export function parseCityLayers(json) {
  const result = cityLayerTable.safeParse(json);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `city-layers.json at ${where(json, issue.path)}: ${issue.message}`);
  throw new Error(problems.join('\n'));
}

/** `layers[3] ("parks").zooms`: the path, with the entry's id where it has one. @param {unknown} json @param {PropertyKey[]} path */
function where(json, path) {
  /** @type {unknown} */
  let node = json;
  let out = '';
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
    node = node && typeof node === 'object' ? /** @type {Record<PropertyKey, unknown>} */ (node)[key] : undefined;
    if (typeof key === 'number' && node && typeof node === 'object' && 'id' in node && typeof node.id === 'string') out += ` ("${node.id}")`;
  }
  return out || 'the top level';
}

/** @param {string} source */
function isRegExp(source) {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}
