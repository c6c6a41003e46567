/**
 * Draws one basemap tile: ocean, land, borders, coast. Pure drawing on any
 * 2D context (an OffscreenCanvas in the worker, a recording fake in tests),
 * so it knows nothing of workers or Leaflet.
 */
import { clipLineToRect, clipRingToRect } from './clip';
import type { BasemapPalette } from './palette';
import { rectsOverlap, rectWithin, type Piece } from './pieces';
import { TILE_SIZE, tileTransform, tileWorldRect, type Rect, type TileCoords, type TileTransform } from './tiles';

export interface TileLayers {
  land: readonly Piece[];
  coast: readonly Piece[];
  borders: readonly Piece[];
}

export type TileContext = Pick<
  CanvasRenderingContext2D,
  'fillStyle' | 'strokeStyle' | 'lineWidth' | 'lineJoin' | 'fillRect' | 'beginPath' | 'moveTo' | 'lineTo' | 'closePath' | 'fill' | 'stroke'
>;

/**
 * Geometry is clipped this many CSS px beyond each edge: a line on the edge is
 * drawn whole on both neighbours, and the canvas never gets far-off points
 * (which lose precision in its float maths at high zoom).
 */
export const EDGE_MARGIN_PX = 2;

/** How many pieces of each layer touched the tile: for tests and timing. */
export type TileStats = Record<keyof TileLayers, number>;

function trace(ctx: TileContext, xy: ArrayLike<number>, t: TileTransform, closed: boolean): void {
  if (xy.length < 4) return;
  ctx.moveTo(xy[0]! * t.k - t.ox, xy[1]! * t.k - t.oy);
  for (let i = 2; i < xy.length; i += 2) ctx.lineTo(xy[i]! * t.k - t.ox, xy[i + 1]! * t.k - t.oy);
  if (closed) ctx.closePath();
}

/**
 * Adds the pieces that meet `rect` to the current path, clipped to it. Rings
 * across the antimeridian are kept whole and reach past the world's edge
 * (see antimeridian.ts), so each tile also draws the copies of the world to
 * its left and right: culling makes the two extra passes cheap.
 */
function tracePieces(ctx: TileContext, pieces: readonly Piece[], rect: Rect, tile: TileTransform, closed: boolean): number {
  let count = 0;
  for (const shift of [0, -1, 1]) {
    const r: Rect = [rect[0] - shift, rect[1], rect[2] - shift, rect[3]];
    const t = { ...tile, ox: tile.ox - shift * tile.k };
    for (const { box, xy } of pieces) {
      if (!rectsOverlap(box, r)) continue;
      count++;
      if (rectWithin(box, r)) trace(ctx, xy, t, closed);
      else if (closed) trace(ctx, clipRingToRect(xy, r), t, true);
      else for (const run of clipLineToRect(xy, r)) trace(ctx, run, t, false);
    }
  }
  return count;
}

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
  return { land, coast, borders };
}
