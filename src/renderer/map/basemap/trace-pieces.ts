/**
 * Traces pieces into the current canvas path, culled by their boxes and
 * clipped to the tile: the world's layers.
 */
import { clipLineToRect, clipRingToRect } from './clip';
import { rectsOverlap, rectWithin, type Piece } from './pieces';
import type { TileContext } from './tile-context';
import type { Rect, TileTransform } from './tiles';

/**
 * Geometry is clipped this many CSS px beyond each edge: a line on the edge is
 * drawn whole on both neighbours, and the canvas never gets far-off points
 * (which lose precision in its float maths at high zoom).
 */
export const EDGE_MARGIN_PX = 2;

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
export function tracePieces(ctx: TileContext, pieces: readonly Piece[], rect: Rect, tile: TileTransform, closed: boolean): number {
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
