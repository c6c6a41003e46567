/**
 * The basemap's night palette, tuned to be read from across a room: a dark
 * sea, land a step lighter, and thin pale lines. Tweak colours here only;
 * the worker receives a copy when the layer starts.
 */
export interface BasemapPalette {
  ocean: string;
  land: string;
  border: string;
  coast: string;
  /** Line widths in CSS pixels (scaled by devicePixelRatio when drawn). */
  borderWidth: number;
  coastWidth: number;
  /** Rivers and canals at city zooms: the ocean's colour, so all water reads as one. */
  river: string;
  /** Real widths in metres, drawn to scale between the min and max pixel widths below. */
  majorRiverMetres: number;
  minorRiverMetres: number;
  /** Never thinner than this (CSS px), so a river stays visible when zoomed out. */
  riverMinWidth: number;
  /** Never wider: the source's points are some 400 m apart, too coarse to show banks. */
  riverMaxWidth: number;
  /** Motorways (the Périphérique): pale and thin, never as bright as the route. */
  motorway: string;
  /** Width in CSS px at z10, growing gently (x1.4 per two zooms) up to twice that. */
  motorwayWidth: number;
}

export const BASEMAP_PALETTE: Readonly<BasemapPalette> = Object.freeze({
  ocean: '#0c2033',
  land: '#1d3a56',
  border: 'rgba(150,190,230,0.35)',
  coast: 'rgba(150,200,240,0.55)',
  borderWidth: 1,
  coastWidth: 1,
  river: '#0c2033',
  majorRiverMetres: 150,
  minorRiverMetres: 40,
  riverMinWidth: 1.5,
  riverMaxWidth: 5,
  motorway: 'rgba(225,220,205,0.45)',
  motorwayWidth: 1.25,
});

/** Give the Leaflet container this background so no gap ever shows white. */
export const OCEAN_COLOR = BASEMAP_PALETTE.ocean;
