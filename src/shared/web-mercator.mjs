// @ts-check
/**
 * Web Mercator (the projection of Leaflet's EPSG3857 and of the vector tiles)
 * in "world units": the whole square world in [0, 1] x [0, 1], x from 180°W,
 * y from 85.05°N down. One copy for the app's basemap and the city map's
 * preparation script (scripts/prepare-city-map.mjs): plain JavaScript,
 * type-checked from its JSDoc, so Node runs the script with no build. The
 * script's output is committed and rebuilt byte for byte
 * (test/prepare-city-map.test.ts), so these formulas are written exactly as
 * the city files were made with them.
 */

/** The Earth's circumference at the equator, metres (2π × the WGS84 radius 6,378,137 m). */
export const EARTH_CIRCUMFERENCE_M = 40_075_016.686;

/** @param {number} lon degrees @returns {number} world x */
export const worldX = (lon) => (lon + 180) / 360;

/** @param {number} lat degrees @returns {number} world y */
export function worldY(lat) {
  const r = (lat * Math.PI) / 180;
  return (1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2;
}

/** @param {number} x world x @returns {number} longitude, degrees */
export const lonOf = (x) => x * 360 - 180;

/** @param {number} y world y @returns {number} latitude, degrees */
export const latOf = (y) => (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;

/** The map's north and south edge, ±85.05°: the latitude of world y 0. */
export const MAX_LAT = latOf(0);

/**
 * Metres on the ground across the whole world's width at latitude `lat`
 * (divide by a width in pixels or tile units for metres per pixel or unit).
 * @param {number} lat degrees
 */
export const metresAcrossWorld = (lat) => EARTH_CIRCUMFERENCE_M * Math.cos((lat * Math.PI) / 180);

/** Km per degree of latitude, and of longitude at `lat`: the flat-earth distances a city's extent allows. */
export const KM_PER_DEGREE_LAT = 110.57;
/** @param {number} lat degrees */
export const kmPerDegreeLon = (lat) => 111.32 * Math.cos((lat * Math.PI) / 180);
