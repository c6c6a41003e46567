/**
 * The 2D context a tile is drawn on (an OffscreenCanvas in the worker, a
 * recording fake in tests), and the one way a traced path is stroked. Its
 * own module so the drawing modules share it without importing each other.
 */
export type TileContext = Pick<
  CanvasRenderingContext2D,
  'fillStyle' | 'strokeStyle' | 'lineWidth' | 'lineJoin' | 'lineCap' | 'fillRect' | 'beginPath' | 'moveTo' | 'lineTo' | 'closePath' | 'fill' | 'stroke'
>;

/**
 * Starts a path, lets `trace` add to it, and strokes it if anything was
 * traced, `width` CSS px wide. Returns what `trace` counted.
 */
export function strokeTraced(ctx: TileContext, style: string, width: number, dpr: number, trace: () => number): number {
  ctx.beginPath();
  const traced = trace();
  ctx.strokeStyle = style;
  ctx.lineWidth = width * dpr;
  if (traced) ctx.stroke();
  return traced;
}
