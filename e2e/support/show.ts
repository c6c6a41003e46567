/**
 * Driving the show as a person would, and reading what is on screen.
 */
import type { Page } from '@playwright/test';
import { expect } from './test';
import type { MapReading, ReadableMap } from '../../src/renderer/map/map-reading';

export const map = (page: Page) => page.locator('.map');

/** Opens the app and waits until the first chapter is on screen with the flag at rest. */
export async function openShow(page: Page, query = ''): Promise<void> {
  await page.goto(`/index.html${query}`);
  await expect(map(page)).toHaveAttribute('data-state', 'resting');
}

/** Waits until chapter `id` is shown and the flag has come to rest. */
export async function waitForRest(page: Page, id: string): Promise<void> {
  await expect(map(page)).toHaveAttribute('data-chapter', id);
  await expect(map(page)).toHaveAttribute('data-state', 'resting', { timeout: 30_000 });
}

/** What the map says of itself when asked: the camera, the flag, how far along its leg (map-reading.ts). */
export const readMap = (page: Page): Promise<MapReading> => map(page).evaluate((el: ReadableMap) => el.readMap!());

/**
 * On a stopped clock (pauseClock), moves show time on until chapter `id` is
 * shown at rest, for tests that judge where a leg ends, not how it moves (the
 * flight films do, on the real clock). Time jumps in slices, each running the
 * next animation frame once: the camera's flight and the leg take a handful
 * of frames instead of hundreds, and end where they always end.
 */
export async function playToRest(page: Page, id: string): Promise<void> {
  await expect(map(page)).toHaveAttribute('data-chapter', id);
  for (let ms = 0; (await map(page).getAttribute('data-state')) !== 'resting'; ms += PLAY_SLICE_MS) {
    expect(ms, `chapter ${id} still not at rest after ${ms} ms of show time`).toBeLessThan(30_000);
    await page.clock.fastForward(PLAY_SLICE_MS);
  }
}

/** Show time per frame while playing to rest. */
const PLAY_SLICE_MS = 500;

/** Where the flag marker stands, as Leaflet has it. */
export async function flagPosition(page: Page): Promise<[number, number]> {
  const [lat, lng] = (await readMap(page)).emblem;
  return [lat, lng];
}

export async function expectFlagNear(page: Page, [lat, lng]: readonly [number, number], tolerance = 1e-4): Promise<void> {
  const [fLat, fLng] = await flagPosition(page);
  expect(Math.abs(fLat - lat), `flag latitude ${fLat} vs ${lat}`).toBeLessThan(tolerance);
  expect(Math.abs(fLng - lng), `flag longitude ${fLng} vs ${lng}`).toBeLessThan(tolerance);
}

export const progress = (page: Page) => page.getByTestId('progress');
export const currentRelayNode = (page: Page) => page.locator('.relay .node.current');

const EVENING = new Date('2024-08-11T21:00:00Z').getTime();

/**
 * Fakes the page's clock and stops it: nothing that waits on a timer or an
 * animation frame happens until the test moves time on with clock.runFor.
 * So "lands at once" really means at once, and autoplay's dwell is exact.
 */
export async function pauseClock(page: Page): Promise<void> {
  await page.clock.install({ time: EVENING });
  await page.clock.pauseAt(EVENING + 1000);
}
