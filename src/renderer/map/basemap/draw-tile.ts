/**
 * Draws one basemap tile: ocean, land, borders, coast, then the cities it
 * meets. Pure drawing on any 2D context (an OffscreenCanvas in the worker, a
 * recording fake in tests), so it knows nothing of workers or Leaflet.
 */
import type { CityMap } from './city-file';
import { applyFade, fadeCoverage, type FadeContext } from './city-fade';
import { drawCity } from './draw-city';
import type { BasemapPalette } from './palette';
import type { Piece } from './pieces';
import { strokeTraced, type TileContext } from './tile-context';
import { EDGE_MARGIN_PX, tracePieces } from './trace-pieces';
import { TILE_SIZE, tileTransform, tileWorldRect, type TileCoords } from './tiles';

export interface TileLayers {
  land: readonly Piece[];
  coast: readonly Piece[];
  borders: readonly Piece[];
  /** The cities this tile meets (z9 and closer), drawn over the world. */
  cities?: readonly CityMap[];
}

export type { TileContext } from './tile-context';

/** A second canvas the size of the tile, where a city is drawn before it is faded out and laid over the tile. */
export interface FadeLayer {
  ctx: TileContext & FadeContext & Pick<OffscreenCanvasRenderingContext2D, 'clearRect'>;
  canvas: CanvasImageSource;
}

/**
 * How strongly a city shows at the coarsest zooms it is drawn at. A camera
 * flying in crosses zoom 9 with more of the world in view than the city's
 * data covers: there the city comes in half-strong, so its faded ellipse
 * does not stand out as a patch, and whole from zoom 10 on.
 */
export const CITY_STRENGTH_BY_ZOOM: Readonly<Record<number, number>> = { 9: 0.5 };

/** How many pieces of each layer touched the tile, and parts of the cities: for tests and timing. */
export type TileStats = Record<'land' | 'coast' | 'borders' | 'city', number>;

export function drawTile(
  ctx: TileContext & Partial<Pick<OffscreenCanvasRenderingContext2D, 'drawImage' | 'globalAlpha'>>,
  layers: TileLayers,
  coords: TileCoords,
  dpr: number,
  palette: BasemapPalette,
  fadeLayer?: FadeLayer,
): TileStats {
  const t = tileTransform(coords, dpr);
  const rect = tileWorldRect(coords, EDGE_MARGIN_PX);
  const size = TILE_SIZE * dpr;
  ctx.fillStyle = palette.ocean;
  ctx.fillRect(0, 0, size, size);

  ctx.beginPath();
  const land = tracePieces(ctx, layers.land, rect, t, true);
  ctx.fillStyle = palette.land;
  // Even-odd: lakes stay holes, and the seams where big rings were cut cancel out.
  if (land) ctx.fill('evenodd');

  ctx.lineJoin = 'round';
  // Coast last, so it sits over the ends of the borders that meet it.
  const borders = strokeTraced(ctx, palette.border, palette.borderWidth, dpr, () => tracePieces(ctx, layers.borders, rect, t, false));
  const coast = strokeTraced(ctx, palette.coast, palette.coastWidth, dpr, () => tracePieces(ctx, layers.coast, rect, t, false));
  let city = 0;
  const strength = CITY_STRENGTH_BY_ZOOM[coords.z] ?? 1;
  for (const map of layers.cities ?? []) {
    const coverage = fadeCoverage(map.fade, coords);
    if (coverage === 'outside') continue;
    // Straight onto the tile where it is whole; else on the layer, faded and laid over at its strength.
    if ((coverage === 'inside' && strength === 1) || !fadeLayer || !ctx.drawImage) {
      city += drawCity(ctx, map, coords, dpr, palette);
      continue;
    }
    fadeLayer.ctx.clearRect(0, 0, size, size);
    city += drawCity(fadeLayer.ctx, map, coords, dpr, palette);
    if (coverage === 'edge') applyFade(fadeLayer.ctx, map.fade, coords, dpr);
    ctx.globalAlpha = strength;
    ctx.drawImage(fadeLayer.canvas, 0, 0);
    ctx.globalAlpha = 1;
  }
  return { land, coast, borders, city };
}
