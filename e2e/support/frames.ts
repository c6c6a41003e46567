/**
 * Pixel measures of filmed map frames: how much of a frame is one colour,
 * and how much of what is land at rest shows as ocean in a frame. Pure
 * functions over decoded RGBA, so they are tested on their own.
 */
import { PNG } from 'pngjs';

export interface Frame {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel, row by row. */
  data: Uint8Array;
}

export type Rgb = readonly [number, number, number];

export const decodePng = (png: Buffer): Frame => {
  const { width, height, data } = PNG.sync.read(png);
  return { width, height, data };
};

export const hexToRgb = (hex: string): Rgb => {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};

/** Every channel within `tolerance` of the colour's. */
function isColour(data: Uint8Array, i: number, [r, g, b]: Rgb, tolerance: number): boolean {
  return Math.abs(data[i]! - r) <= tolerance && Math.abs(data[i + 1]! - g) <= tolerance && Math.abs(data[i + 2]! - b) <= tolerance;
}

/** Share (0..1) of the frame's pixels that are `colour`. */
export function colourShare(frame: Frame, colour: Rgb, tolerance: number): number {
  let hits = 0;
  for (let i = 0; i < frame.data.length; i += 4) if (isColour(frame.data, i, colour, tolerance)) hits++;
  return hits / (frame.width * frame.height);
}

/**
 * Share (0..1) of pale pixels, every channel at least `floor`: the dashed
 * route ahead, place dots' rims, labels. The basemap's land, sea and thin
 * coast lines are all darker, so a stretched dashed route shows as a jump here.
 */
export function paleShare(frame: Frame, floor: number): number {
  let hits = 0;
  const d = frame.data;
  for (let i = 0; i < d.length; i += 4) if (d[i]! >= floor && d[i + 1]! >= floor && d[i + 2]! >= floor) hits++;
  return hits / (frame.width * frame.height);
}

/** Where a frame's camera looks: the map's centre and zoom. */
export interface View {
  lat: number;
  lng: number;
  zoom: number;
}

/** A point's pixel in the whole world at `zoom` (Web Mercator, 256 px at zoom 0, as Leaflet's EPSG:3857). */
export function worldPixel({ lat, lng }: Pick<View, 'lat' | 'lng'>, zoom: number): [number, number] {
  const size = 256 * 2 ** zoom;
  const sin = Math.sin((lat * Math.PI) / 180);
  return [(size * (lng + 180)) / 360, size * (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI))];
}

/**
 * For two frames of one size, centred on views `from` and `to`, where a
 * pixel of the first shows the same place in the second. `scale` is image
 * pixels per CSS pixel.
 */
export function viewWarp(from: View, to: View, frame: { width: number; height: number }, scale: number): (x: number, y: number) => [number, number] {
  const k = 2 ** (to.zoom - from.zoom);
  const [fx, fy] = worldPixel(from, to.zoom);
  const [tx, ty] = worldPixel(to, to.zoom);
  const cx = frame.width / 2;
  const cy = frame.height / 2;
  return (x, y) => [cx + (x - cx) * k + (fx - tx) * scale, cy + (y - cy) * k + (fy - ty) * scale];
}

/**
 * Of the frame's pixels whose place is land (anything but `ocean`) in
 * `rest`, the share that are `ocean` in the frame: land shown as bare sea.
 * `warp` finds a frame pixel's place in the rest frame (viewWarp), so a
 * frame taken from a little farther out or off-centre is compared place by
 * place. 0 when no place is land at rest, so an all-sea view never fails.
 */
export function oceanWhereRestIsLand(
  frame: Frame,
  rest: Frame,
  ocean: Rgb,
  tolerance: number,
  warp = (x: number, y: number): [number, number] => [x, y],
): number {
  let land = 0;
  let holes = 0;
  for (let y = 0; y < frame.height; y++) {
    for (let x = 0; x < frame.width; x++) {
      const [rx, ry] = warp(x + 0.5, y + 0.5).map(Math.floor) as [number, number];
      if (rx < 0 || ry < 0 || rx >= rest.width || ry >= rest.height) continue;
      if (isColour(rest.data, (ry * rest.width + rx) * 4, ocean, tolerance)) continue;
      land++;
      if (isColour(frame.data, (y * frame.width + x) * 4, ocean, tolerance)) holes++;
    }
  }
  return land === 0 ? 0 : holes / land;
}
