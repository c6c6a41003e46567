/**
 * Draws a city over a tile already painted with the world, layer by layer as
 * the table (city-layers.ts) says. Each layer is drawn from one tile of the
 * city file: the tile itself, or where the file has none at this zoom (or the
 * layer keeps no closer data), the nearest coarser tile holding it, enlarged.
 * Pure drawing, like draw-tile.ts.
 */
import type { CityMap, TileParts } from './city-file';
import { tileKey } from './city-file';
import { CITY_LAYERS, OUTLINE_WIDTH, colourOf, dataZoomFor, drawnAt, widthAt, type CityLayer } from './city-layers';
import type { BasemapPalette } from './palette';
import { strokeTraced, type TileContext } from './tile-context';
import { TILE_SIZE, type TileCoords } from './tiles';

/** Where a city tile's units land on the canvas: [u * s + bx, v * s + by]; its square is `side` px. */
interface Placement {
  s: number;
  bx: number;
  by: number;
  side: number;
}

/** The city file's tile to draw `layer` on tile `coords` from, and where it lands; null where the city has none. */
export function sourceFor(city: CityMap, layer: CityLayer, { x, y, z }: TileCoords, dpr: number): { parts: TileParts | undefined; at: Placement } | null {
  for (let level = dataZoomFor(layer, z); level >= layer.zooms[0]; level--) {
    const shrink = 2 ** (z - level);
    const [sx, sy] = [Math.floor(x / shrink), Math.floor(y / shrink)];
    const tile = city.tiles.get(tileKey(level, sx, sy));
    if (!tile) continue;
    const side = TILE_SIZE * dpr * shrink;
    const s = side / city.extent;
    return { parts: tile.get(layer.id), at: { s, bx: sx * side - x * TILE_SIZE * dpr, by: sy * side - y * TILE_SIZE * dpr, side } };
  }
  return null;
}

/** Adds the parts that can reach the canvas (grown by `margin` px) to the path. */
function traceParts(ctx: TileContext, { counts, xy, boxes }: TileParts, { s, bx, by }: Placement, size: number, margin: number, closed: boolean): number {
  const [u0, v0] = [(-margin - bx) / s, (-margin - by) / s];
  const [u1, v1] = [(size + margin - bx) / s, (size + margin - by) / s];
  let traced = 0;
  for (let p = 0, k = 0; p < counts.length; k += 2 * counts[p]!, p++) {
    if (boxes[4 * p]! > u1 || boxes[4 * p + 2]! < u0 || boxes[4 * p + 1]! > v1 || boxes[4 * p + 3]! < v0) continue;
    ctx.moveTo(xy[k]! * s + bx, xy[k + 1]! * s + by);
    for (let i = k + 2, end = k + 2 * counts[p]!; i < end; i += 2) ctx.lineTo(xy[i]! * s + bx, xy[i + 1]! * s + by);
    if (closed) ctx.closePath();
    traced++;
  }
  return traced;
}

/** Paints the part of a city tile's square that is on the canvas: the sea round a coast. */
function fillSquare(ctx: TileContext, { bx, by, side }: Placement, size: number): void {
  const [x0, y0] = [Math.max(0, bx), Math.max(0, by)];
  const [x1, y1] = [Math.min(size, bx + side), Math.min(size, by + side)];
  if (x1 > x0 && y1 > y0) ctx.fillRect(x0, y0, x1 - x0, y1 - y0);
}

/** Draws every layer of the table the city has at this tile; returns how many parts were traced. */
export function drawCity(
  ctx: TileContext,
  city: CityMap,
  coords: TileCoords,
  dpr: number,
  palette: BasemapPalette,
  layers: readonly CityLayer[] = CITY_LAYERS,
): number {
  const size = TILE_SIZE * dpr;
  let drawn = 0;
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  for (const layer of layers) {
    if (!drawnAt(layer, coords.z)) continue;
    const source = sourceFor(city, layer, coords, dpr);
    if (!source?.parts) continue;
    const { parts, at } = source;
    if (layer.kind === 'line') {
      const width = widthAt(layer.width, coords.z);
      drawn += strokeTraced(ctx, colourOf(layer.colour), width, dpr, () => traceParts(ctx, parts, at, size, width * dpr, false));
      continue;
    }
    if (layer.source === 'coast') {
      // The coast's tile is land and sea: the sea first, over the world's coarser coast.
      ctx.fillStyle = palette.ocean;
      fillSquare(ctx, at, size);
    }
    ctx.beginPath();
    const traced = traceParts(ctx, parts, at, size, OUTLINE_WIDTH * dpr, true);
    drawn += traced;
    if (!traced) continue;
    ctx.fillStyle = colourOf(layer.colour);
    // Nonzero: rings are wound as the vector tiles wind them (holes the other way), and the
    // parts of neighbouring tiles that overlap in the edge buffer are painted once.
    ctx.fill('nonzero');
    if (layer.outline) {
      ctx.strokeStyle = layer.outline;
      ctx.lineWidth = OUTLINE_WIDTH * dpr;
      ctx.stroke();
    }
  }
  return drawn;
}
