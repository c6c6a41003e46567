// @ts-check
/**
 * The cities the basemap draws in detail at city zooms: one entry a city,
 * read by the preparation script (scripts/prepare-city-map.mjs), which makes
 * `city-data/<id>.bin` from the entry's tiles, and by the app, which picks a
 * tile's cities by their bounds and loads that file. Adding a city is one
 * entry here, then `npm run prepare:cities`. Plain JavaScript, type-checked
 * from its JSDoc, so that Node runs the script with no build.
 */

/** @typedef {readonly [west: number, south: number, east: number, north: number]} LonLatBox degrees */

/**
 * Past `inner` (an ellipse round `at`) the city is faded out over the world,
 * across `width` km, so no view shows a hard edge where its data stops.
 * @typedef {object} CityFade
 * @property {readonly [lat: number, lon: number]} at the ellipse's centre
 * @property {readonly [eastWest: number, northSouth: number]} inner its radii, km: inside, the city is drawn whole
 * @property {number} width km beyond `inner` over which it fades to nothing
 */

/**
 * @typedef {object} City
 * @property {string} id the file's name (city-data/<id>.bin) and the `city` in its header
 * @property {string} name the city as people say it (the script's report, test messages)
 * @property {string} folder its vector tiles: ../shared/citydata/<folder>/tiles/{z}/{x}/{y}.pbf
 * @property {LonLatBox} bounds the box its data covers: the worker loads the city for the tiles that reach it
 * @property {boolean} coast whether its land and sea come from the coast file, countries-land-10m (its tiles have no ocean)
 * @property {Readonly<Record<number, LonLatBox>>} detail zooms kept only where a chapter's view can show them, by zoom, with room to spare
 * @property {CityFade} fade
 */

/**
 * The zooms the city files hold, each from the tiles of its own zoom. From
 * the first a city is drawn; below it a whole region is a few pixels and the
 * world's 10m land is enough. Past the last, the last is drawn enlarged.
 */
export const CITY_ZOOMS = Object.freeze([9, 10, 11, 12, 13, 14]);

/**
 * Zooms 9 and 10 are kept over the whole of `bounds` (the flights pass over
 * it); beyond a `detail` box, a closer tile is drawn from the coarser zoom's
 * data, enlarged, so nothing ends. Zooms 13 and 14 are kept as the source
 * has them (round the landmarks).
 */
export const CITIES = /** @satisfies {readonly City[]} */ (
  /** @type {const} */ ([
    {
      id: 'paris',
      name: 'Paris',
      folder: 'paris',
      // The extract's own bounds (Île-de-France, its metadata.json), to 5 decimals.
      bounds: [1.4451, 48.11918, 3.56041, 49.24271],
      coast: false,
      detail: { 11: [1.75, 48.6, 3.0, 49.2], 12: [2.1, 48.75, 2.62, 49.05] },
      // Île-de-France's border runs ~30 km north of Paris: faded out before it.
      fade: { at: [48.87, 2.36], inner: [44, 23], width: 6 },
    },
    {
      id: 'la',
      name: 'Los Angeles',
      folder: 'los-angeles',
      // The tiles were copied for this box only (the extract is all of southern California).
      bounds: [-119.2, 33.4, -117.3, 34.5],
      coast: true,
      detail: { 11: [-118.9, 33.55, -117.6, 34.35], 12: [-118.55, 33.65, -117.95, 34.2] },
      fade: { at: [33.95, -118.25], inner: [74, 50], width: 10 },
    },
  ])
);

/** @typedef {(typeof CITIES)[number]['id']} CityId */
