/**
 * Fades a city out over the world before its data stops (an ellipse round
 * the city, from the city file), so no view shows a hard edge where the
 * detail ends.
 */
import { KM_PER_DEGREE_LAT, kmPerDegreeLon, metresAcrossWorld, worldX, worldY } from '@shared/web-mercator.mjs';
import type { CityFade } from './city-file';
import { TILE_SIZE, tileLonLatBox, worldSize, type TileCoords } from './tiles';

/** How far a point is, as a share of the ellipse grown by `grow` km (1 on it). */
function reach({ at: [lat0, lon0], inner: [rx, ry] }: CityFade, lat: number, lon: number, grow: number): number {
  const dx = (lon - lon0) * kmPerDegreeLon(lat0);
  const dy = (lat - lat0) * KM_PER_DEGREE_LAT;
  return Math.hypot(dx / (rx + grow), dy / (ry + grow));
}

/** 'inside': drawn whole; 'outside': nothing of the city shows; 'edge': drawn, then faded. */
export function fadeCoverage(fade: CityFade, coords: TileCoords): 'inside' | 'outside' | 'edge' {
  const [w, s, e, n] = tileLonLatBox(coords);
  const corners: [number, number][] = [
    [s, w],
    [s, e],
    [n, w],
    [n, e],
  ];
  if (corners.every(([lat, lon]) => reach(fade, lat, lon, 0) <= 1)) return 'inside';
  const [lat0, lon0] = fade.at;
  const nearest = reach(fade, Math.min(n, Math.max(s, lat0)), Math.min(e, Math.max(w, lon0)), fade.width);
  return nearest >= 1 ? 'outside' : 'edge';
}

/** The 2D calls the fade needs: those of an OffscreenCanvas's context. */
export type FadeContext = Pick<
  OffscreenCanvasRenderingContext2D,
  'save' | 'restore' | 'setTransform' | 'createRadialGradient' | 'fillRect' | 'fillStyle' | 'globalCompositeOperation'
>;

/** Smoothstep stops from whole (inner) to nothing (outer). */
const STOPS = [0, 0.2, 0.4, 0.6, 0.8, 1];

/** Keeps the drawing on `ctx` (a tile at `coords`) inside the fade's ellipse, fading it out across its width. */
export function applyFade(ctx: FadeContext, fade: CityFade, coords: TileCoords, dpr: number): void {
  const [lat0, lon0] = fade.at;
  const world = worldSize(coords.z) * dpr;
  const cx = worldX(lon0) * world - coords.x * TILE_SIZE * dpr;
  const cy = worldY(lat0) * world - coords.y * TILE_SIZE * dpr;
  const pxPerKm = (world * 1000) / metresAcrossWorld(lat0);
  const [rx, ry] = fade.inner;
  const squash = ry / rx;
  const size = TILE_SIZE * dpr;
  ctx.save();
  // Drawn in a space where the ellipse is a circle, then squashed back.
  ctx.setTransform(1, 0, 0, squash, 0, 0);
  const outer = (rx + fade.width) * pxPerKm;
  const gradient = ctx.createRadialGradient(cx, cy / squash, 0, cx, cy / squash, outer);
  const from = (rx * pxPerKm) / outer;
  for (const t of STOPS) gradient.addColorStop(from + (1 - from) * t, `rgba(0,0,0,${1 - t * t * (3 - 2 * t)})`);
  ctx.globalCompositeOperation = 'destination-in';
  ctx.fillStyle = gradient;
  ctx.fillRect(0, 0, size, size / squash);
  ctx.restore();
}
