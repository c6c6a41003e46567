/**
 * Draws one basemap tile: ocean, land, borders, coast. Pure drawing on any
 * 2D context (an OffscreenCanvas in the worker, a recording fake in tests),
 * so it knows nothing of workers or Leaflet.
 */
import { drawCity } from './draw-city';
import type { CityLayers } from './city-decode';
import type { BasemapPalette } from './palette';
import type { Piece } from './pieces';
import { EDGE_MARGIN_PX, tracePieces } from './trace-pieces';
import { TILE_SIZE, tileTransform, tileWorldRect, type TileCoords } from './tiles';

export interface TileLayers {
  land: readonly Piece[];
  coast: readonly Piece[];
  borders: readonly Piece[];
  /** Detail for the cities this tile meets (z9 and closer), drawn over the world. */
  cities?: readonly CityLayers[];
}

export type TileContext = Pick<
  CanvasRenderingContext2D,
  'fillStyle' | 'strokeStyle' | 'lineWidth' | 'lineJoin' | 'fillRect' | 'beginPath' | 'moveTo' | 'lineTo' | 'closePath' | 'fill' | 'stroke'
>;

/** How many pieces of each layer touched the tile: for tests and timing. */
export type TileStats = Record<'land' | 'coast' | 'borders', number>;

export function drawTile(
  ctx: TileContext,
  layers: TileLayers,
  coords: TileCoords,
  dpr: number,
  palette: BasemapPalette,
): TileStats {
  const t = tileTransform(coords, dpr);
  const rect = tileWorldRect(coords, EDGE_MARGIN_PX);
  ctx.fillStyle = palette.ocean;
  ctx.fillRect(0, 0, TILE_SIZE * dpr, TILE_SIZE * dpr);

  ctx.beginPath();
  const land = tracePieces(ctx, layers.land, rect, t, true);
  ctx.fillStyle = palette.land;
  // Even-odd: lakes stay holes, and the seams where big rings were cut cancel out.
  if (land) ctx.fill('evenodd');

  ctx.lineJoin = 'round';
  const stroke = (pieces: readonly Piece[], style: string, width: number): number => {
    ctx.beginPath();
    const drawn = tracePieces(ctx, pieces, rect, t, false);
    ctx.strokeStyle = style;
    ctx.lineWidth = width * dpr;
    if (drawn) ctx.stroke();
    return drawn;
  };
  // Coast last, so it sits over the ends of the borders that meet it.
  const borders = stroke(layers.borders, palette.border, palette.borderWidth);
  const coast = stroke(layers.coast, palette.coast, palette.coastWidth);
  // Last, so a city's own ocean and land cover the coarser world coast in its box.
  for (const city of layers.cities ?? []) drawCity(ctx, city, coords, dpr, palette);
  return { land, coast, borders };
}
