/**
 * The basemap's world colours, tuned to be read from across a room: a dark
 * sea, land a step lighter, and thin pale lines. The sea and the land come
 * from the app's one palette (src/shared/palette.ts); the city layers' own
 * colours are in the layer table (city-layers.json). The worker receives a
 * copy when the layer starts.
 */
import { PALETTE } from '@shared/palette';

export interface BasemapPalette {
  ocean: string;
  land: string;
  border: string;
  coast: string;
  /** Line widths in CSS pixels (scaled by devicePixelRatio when drawn). */
  borderWidth: number;
  coastWidth: number;
}

export const BASEMAP_PALETTE: Readonly<BasemapPalette> = Object.freeze({
  ocean: PALETTE.ocean,
  land: PALETTE.land,
  border: 'rgba(150,190,230,0.35)',
  coast: 'rgba(150,200,240,0.55)',
  borderWidth: 1,
  coastWidth: 1,
});

/** Give the Leaflet container this background so no gap ever shows white. */
export const OCEAN_COLOR = BASEMAP_PALETTE.ocean;
