/**
 * The city is drawn where OpenStreetMap has it: along the motorways of the
 * committed city maps (the A1 and the A86 by the Stade de France, the
 * Harbor Freeway I-110 by the Coliseum), the map's pixels are brighter than
 * the land a few pixels to either side.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { decodeCityFile, tileKey, type CityMap } from '../src/renderer/map/basemap/city-file';
import { decodePng, type Frame } from './support/frames';
import { map, openShow, readMap } from './support/show';

const cityMap = (id: string): CityMap => {
  const bytes = readFileSync(resolve(import.meta.dirname, `../src/renderer/map/basemap/city-data/${id}.bin`));
  return decodeCityFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), `${id}.bin`);
};

/** Web Mercator at zoom z: lon/lat -> world pixels. */
const worldPx = (lat: number, lng: number, z: number): [number, number] => {
  const size = 256 * 2 ** z;
  const r = (lat * Math.PI) / 180;
  return [((lng + 180) / 360) * size, ((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * size];
};

/** Screen points (map element px) along a layer of the city map's zoom-`dataZoom` tiles, every `step` px, with the road's direction. */
function roadSamples(city: CityMap, layer: string, dataZoom: number, view: { lat: number; lng: number; zoom: number }, size: { width: number; height: number }, step: number) {
  const [cx, cy] = worldPx(view.lat, view.lng, view.zoom);
  const scale = 2 ** (view.zoom - dataZoom) * 256;
  const samples: { x: number; y: number; nx: number; ny: number }[] = [];
  for (const [key, layers] of city.tiles) {
    const [z, tx, ty] = key.split('/').map(Number) as [number, number, number];
    const parts = layers.get(layer);
    if (z !== dataZoom || !parts) continue;
    const toScreen = (u: number, v: number): [number, number] => [(tx + u / city.extent) * scale - cx + size.width / 2, (ty + v / city.extent) * scale - cy + size.height / 2];
    for (let p = 0, k = 0; p < parts.counts.length; k += 2 * parts.counts[p]!, p++) {
      for (let i = k + 2; i < k + 2 * parts.counts[p]!; i += 2) {
        const [ax, ay] = toScreen(parts.xy[i - 2]!, parts.xy[i - 1]!);
        const [bx, by] = toScreen(parts.xy[i]!, parts.xy[i + 1]!);
        const length = Math.hypot(bx - ax, by - ay);
        for (let t = step / 2; t < length; t += step) {
          const [x, y] = [ax + ((bx - ax) * t) / length, ay + ((by - ay) * t) / length];
          if (x > 20 && y > 20 && x < size.width - 20 && y < size.height - 20) samples.push({ x, y, nx: -(by - ay) / length, ny: (bx - ax) / length });
        }
      }
    }
  }
  return samples;
}

const luminance = (f: Frame, x: number, y: number) => {
  const i = (Math.round(y) * f.width + Math.round(x)) * 4;
  return 0.2126 * f.data[i]! + 0.7152 * f.data[i + 1]! + 0.0722 * f.data[i + 2]!;
};

/** Boxes of what is drawn over the basemap (labels, the flag, the credits), in map px. */
async function coveredBoxes(page: Page) {
  return map(page).evaluate((el) => {
    const origin = el.getBoundingClientRect();
    return [...el.querySelectorAll('.leaflet-tooltip, .city-name span, .area-label span, .emblem, .leaflet-control-attribution')].map((e) => {
      const r = e.getBoundingClientRect();
      return { x0: r.left - origin.left - 12, y0: r.top - origin.top - 12, x1: r.right - origin.left + 12, y1: r.bottom - origin.top + 12 };
    });
  });
}

/** Share of the motorway samples brighter than the map `offset` px to both sides; logs what it found. */
async function roadContrast(page: Page, chapter: string, city: CityMap, dataZoom: number, offset: number): Promise<number> {
  await openShow(page, `#/${chapter}`);
  await expect(map(page)).toHaveAttribute('data-tiles', 'drawn');
  const { lat, lng, zoom } = (await readMap(page)).view;
  const box = (await map(page).boundingBox())!;
  const frame = decodePng(await map(page).screenshot());
  const covered = await coveredBoxes(page);
  const clear = (x: number, y: number) => !covered.some((b) => x > b.x0 && x < b.x1 && y > b.y0 && y < b.y1);
  const samples = roadSamples(city, 'motorways', dataZoom, { lat, lng, zoom }, box, 15).filter(({ x, y }) => clear(x, y));
  const brighter = samples.filter(({ x, y, nx, ny }) => {
    const road = luminance(frame, x, y);
    return road - luminance(frame, x + nx * offset, y + ny * offset) > 8 && road - luminance(frame, x - nx * offset, y - ny * offset) > 8;
  });
  const share = brighter.length / samples.length;
  console.log(`${chapter}: ${brighter.length} of ${samples.length} motorway samples brighter than either side (${(share * 100).toFixed(0)}%)`);
  expect(samples.length, 'motorway samples in view').toBeGreaterThan(40);
  return share;
}

test.describe('the city map', () => {
  test('draws the A1 and the A86 by the Stade de France', async ({ page }) => {
    expect(await roadContrast(page, 'rings', cityMap('paris'), 13, 9)).toBeGreaterThan(0.6);
  });

  test('draws the freeways round the Coliseum (I-110, I-10, US-101)', async ({ page }) => {
    expect(await roadContrast(page, 'courtney', cityMap('la'), 11, 6)).toBeGreaterThan(0.6);
  });
});
