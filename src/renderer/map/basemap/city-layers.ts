/**
 * The city layers as one table (city-layers.json, which the preparation
 * script reads too): what each draws, at which zooms, how, and in what
 * order, and the policy for the cities' own names. A new layer is one entry
 * there, and the script run again. The table is checked as it is read
 * (city-layers-schema.mjs): a wrong entry fails the tests and the build's
 * checks with its id and field.
 */
import { PALETTE, type PaletteName } from '@shared/palette';
import { parseCityLayers, type CityLayerEntry, type NamingPolicy } from './city-layers-schema.mjs';
import table from './city-layers.json';

export type CityLayer = Readonly<CityLayerEntry>;
export type WidthStops = readonly (readonly [zoom: number, px: number])[];
export type { NamingPolicy };

const TABLE = parseCityLayers(table);

export const CITY_LAYERS: readonly CityLayer[] = Object.freeze(TABLE.layers);

/** Which names are written, from which zoom, in what order, how many (city-names.ts). */
export const NAMING_POLICY: NamingPolicy = TABLE.labels;

/** A fill's outline width, CSS px. */
export const OUTLINE_WIDTH = 1.5;

/** The entry's colour as CSS: a palette name gives the palette's colour. */
export function colourOf(colour: string): string {
  return colour in PALETTE ? PALETTE[colour as PaletteName] : colour;
}

export function widthAt(stops: WidthStops | undefined, z: number): number {
  if (!stops?.length) return 1;
  const first = stops[0]!;
  if (z <= first[0]) return first[1];
  for (let i = 1; i < stops.length; i++) {
    const [z1, w1] = stops[i]!;
    const [z0, w0] = stops[i - 1]!;
    if (z <= z1) return w0 + ((w1 - w0) * (z - z0)) / (z1 - z0);
  }
  return stops.at(-1)![1];
}

export const drawnAt = (layer: CityLayer, z: number): boolean => z >= layer.zooms[0] && z <= layer.zooms[1];

/** The closest zoom of data to draw a zoom-z tile of this layer from. */
export const dataZoomFor = (layer: CityLayer, z: number): number => Math.min(z, layer.dataTo ?? layer.zooms[1]);
