/**
 * The city is drawn where OpenStreetMap has it: along the motorways of the
 * committed city maps (the A1 and the A86 by the Stade de France, the
 * Harbor Freeway I-110 by the Coliseum), the map's pixels are brighter than
 * the land a few pixels to either side. At rest the stadium's own outline
 * shows beside the flag's pin, and the city's names are written, none over
 * another or over the story's labels and the flag.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import type { CityMap } from '../src/renderer/map/basemap/city-file';
import { readCityMap } from '../test-support/city-maps';
import { decodePng, worldPixel, type Frame } from './support/frames';
import { map, openShow, readMap } from './support/show';
import { placeById } from './support/story';

/** Screen points (map element px) along a layer of the city map's zoom-`dataZoom` tiles, every `step` px, with the road's direction. */
function roadSamples(
  city: CityMap,
  layer: string,
  dataZoom: number,
  view: { lat: number; lng: number; zoom: number },
  size: { width: number; height: number },
  step: number,
) {
  const [cx, cy] = worldPixel(view, view.zoom);
  const scale = 2 ** (view.zoom - dataZoom) * 256;
  const samples: { x: number; y: number; nx: number; ny: number }[] = [];
  for (const [key, layers] of city.tiles) {
    const [z, tx, ty] = key.split('/').map(Number) as [number, number, number];
    const parts = layers.get(layer);
    if (z !== dataZoom || !parts) continue;
    const toScreen = (u: number, v: number): [number, number] => [
      (tx + u / city.extent) * scale - cx + size.width / 2,
      (ty + v / city.extent) * scale - cy + size.height / 2,
    ];
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
    expect(await roadContrast(page, 'rings', readCityMap('paris'), 14, 9)).toBeGreaterThan(0.6);
  });

  test('draws the freeways round the Coliseum (I-110, I-10, US-101)', async ({ page }) => {
    expect(await roadContrast(page, 'courtney', readCityMap('la'), 11, 6)).toBeGreaterThan(0.6);
  });

  test("shows the Stade de France itself at rest: its outline is in sight below the flag's pin, not under it", async ({ page }) => {
    await openShow(page, '#/parade');
    await expect(map(page)).toHaveAttribute('data-tiles', 'drawn');
    const view = (await readMap(page)).view;
    const box = (await map(page).boundingBox())!;
    const [cx, cy] = worldPixel(view, view.zoom);
    const [px, py] = worldPixel({ lat: placeById('stade-de-france').at[0], lng: placeById('stade-de-france').at[1] }, view.zoom);
    const [x, y] = [px - cx + box.width / 2, py - cy + box.height / 2];
    const frame = decodePng(await map(page).screenshot());
    // Inside the stadium (about 44 px across at this zoom), clear of the place's dot: its gold tint.
    const spots = [
      [x - 15, y],
      [x + 15, y],
      [x - 10, y + 11],
      [x + 10, y + 11],
      [x, y + 14],
    ] as const;
    const gold = spots.filter(([sx, sy]) => {
      const i = (Math.round(sy) * frame.width + Math.round(sx)) * 4;
      return frame.data[i]! - frame.data[i + 2]! > 12;
    });
    expect(gold.length, `gold-tinted spots round the stadium's point (${x.toFixed(0)}, ${y.toFixed(0)})`).toBe(spots.length);
    // The badge stands above its point.
    const badge = (await page.locator('.emblem-badge').boundingBox())!;
    expect(badge.y + badge.height - box.y).toBeLessThan(y - 18);
  });

  for (const { chapter, names } of [
    { chapter: 'rings', names: ['Saint-Denis', 'La Courneuve', 'Aubervilliers'] },
    { chapter: 'johnson', names: ['Santa Monica', 'Inglewood', 'Hollywood'] },
  ]) {
    test(`writes the city's names at ${chapter} (${names.join(', ')}), none over another label or the flag`, async ({ page }) => {
      await openShow(page, `#/${chapter}`);
      await expect(map(page)).toHaveAttribute('data-tiles', 'drawn');
      for (const name of names) await expect(page.locator('.city-name span').filter({ hasText: new RegExp(`^${name}$`) })).toBeVisible();
      // The flag's badge (its pin's pointer is narrower than its box, and beside it the place's own label belongs).
      const boxes = await map(page).evaluate((el) =>
        [...el.querySelectorAll('.leaflet-tooltip, .city-name span, .area-label span, .emblem-badge')].map((e) => {
          const r = e.getBoundingClientRect();
          return { text: e.textContent?.trim() || e.className, x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
        }),
      );
      const overlaps = boxes.flatMap((a, i) =>
        boxes
          .slice(i + 1)
          .filter((b) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1)
          .map((b) => `${a.text} / ${b.text}`),
      );
      expect(overlaps).toEqual([]);
    });
  }
});
