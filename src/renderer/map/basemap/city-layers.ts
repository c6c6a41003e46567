/**
 * The city layers as one table (city-layers.json, which the preparation
 * script reads too): what each draws, at which zooms, how, and in what
 * order. A new layer is one entry there, and the script run again.
 */
import { PALETTE, type PaletteName } from '@shared/palette';
import table from './city-layers.json';

export type WidthStops = readonly (readonly [zoom: number, px: number])[];

export interface CityLayer {
  id: string;
  /** The vector tiles' source layer ("coast": the coastline file, Los Angeles only). */
  source: string;
  classes?: readonly string[];
  /** Leaflet zooms it is drawn at, inclusive. */
  zooms: readonly [number, number];
  /** The closest zoom whose data is kept; closer in, that data is drawn enlarged. */
  dataTo?: number;
  kind: 'fill' | 'line';
  /** A CSS colour, or the name of a palette colour ("ocean", "land"). */
  colour: string;
  /** A fill's outline, 1.5 px. */
  outline?: string;
  /** A line's width in CSS px by zoom, linear between stops, held past the ends. */
  width?: WidthStops;
}

export const CITY_LAYERS: readonly CityLayer[] = Object.freeze(table.layers as unknown as CityLayer[]);

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
