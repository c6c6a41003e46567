/**
 * Draws one city's detail over a tile already painted with the world: inside
 * the city's box its own ocean and land replace the world's coarser ones, then
 * its rivers, coast and roads. Pure drawing, like draw-tile.ts.
 */
import type { CityLayers } from './city-decode';
import type { TileContext } from './draw-tile';
import type { BasemapPalette } from './palette';
import type { Piece } from './pieces';
import { EDGE_MARGIN_PX, tracePieces } from './trace-pieces';
import { TILE_SIZE, tileLonLatBox, tileTransform, tileWorldRect, type Rect, type TileCoords, type TileTransform } from './tiles';

const EARTH_CIRCUMFERENCE_M = 40_075_016.686;

/** Ground metres per CSS pixel at the tile's centre (Web Mercator). */
export function metresPerPixel(coords: TileCoords): number {
  const [, s, , n] = tileLonLatBox(coords);
  const lat = ((s + n) / 2) * (Math.PI / 180);
  return (EARTH_CIRCUMFERENCE_M * Math.cos(lat)) / (TILE_SIZE * 2 ** coords.z);
}

/** A river's stroke width in CSS px: true to scale, within the palette's bounds. */
export function riverWidth(metres: number, coords: TileCoords, palette: BasemapPalette): number {
  return Math.min(palette.riverMaxWidth, Math.max(palette.riverMinWidth, metres / metresPerPixel(coords)));
}

/** A road's stroke width in CSS px: a little wider as you zoom in, never more than double. */
export function roadWidth(base: number, z: number): number {
  return base * Math.min(2, Math.max(0.75, 2 ** ((z - 10) / 4)));
}

/** Paints the part of the box that falls on the tile. */
function fillBox(ctx: TileContext, box: Rect, t: TileTransform, dpr: number): void {
  const size = TILE_SIZE * dpr;
  const x0 = Math.max(0, box[0] * t.k - t.ox), y0 = Math.max(0, box[1] * t.k - t.oy);
  const x1 = Math.min(size, box[2] * t.k - t.ox), y1 = Math.min(size, box[3] * t.k - t.oy);
  if (x1 > x0 && y1 > y0) ctx.fillRect(x0, y0, x1 - x0, y1 - y0);
}

export function drawCity(ctx: TileContext, city: CityLayers, coords: TileCoords, dpr: number, palette: BasemapPalette): number {
  const t = tileTransform(coords, dpr);
  const rect = tileWorldRect(coords, EDGE_MARGIN_PX);
  let drawn = 0;
  if (city.land.length) {
    ctx.fillStyle = palette.ocean;
    fillBox(ctx, city.box, t, dpr);
    ctx.beginPath();
    drawn += tracePieces(ctx, city.land, rect, t, true);
    ctx.fillStyle = palette.land;
    ctx.fill('evenodd');
    // The land is cut into small rings; anti-aliasing leaves a hairline of sea where two meet. A
    // one-pixel stroke in the land's colour closes it (the coast is stroked over it just after).
    ctx.strokeStyle = palette.land;
    ctx.lineWidth = dpr;
    ctx.stroke();
  }
  ctx.lineJoin = 'round';
  const stroke = (pieces: readonly Piece[], style: string, width: number) => {
    ctx.beginPath();
    const n = tracePieces(ctx, pieces, rect, t, false);
    ctx.strokeStyle = style;
    ctx.lineWidth = width * dpr;
    if (n) ctx.stroke();
    drawn += n;
  };
  stroke(city.minorRivers, palette.river, riverWidth(palette.minorRiverMetres, coords, palette));
  stroke(city.majorRivers, palette.river, riverWidth(palette.majorRiverMetres, coords, palette));
  stroke(city.coast, palette.coast, palette.coastWidth);
  stroke(city.motorways, palette.motorway, roadWidth(palette.motorwayWidth, coords.z));
  return drawn;
}
