/**
 * Several kiosks in one browser, each a context of its own with its own fake
 * clock (Playwright's clock is per context), for the sync tests: every clock
 * is held at one instant and moved on together, and what the screens show is
 * compared at the same instants.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { SYNC_EPOCH_MS } from '../../src/model/attract-loop';
import { decodePng } from './frames';
import { map, readMap } from './show';
import { chapters } from './story';
import { expect } from './test';

/** The story's attract loop, as the content files time it. */
export const LOOP_MS = chapters.reduce((sum, c) => sum + c.dwellSeconds * 1000, 0);

/** A start of the loop on a working day: the clocks of the tests are set relative to it. */
export const LOOP_START = SYNC_EPOCH_MS + Math.ceil((Date.UTC(2026, 11, 8, 10) - SYNC_EPOCH_MS) / LOOP_MS) * LOOP_MS;

/** When chapter `id` starts in the loop, ms from the loop's start. */
export function chapterStart(id: string): number {
  let at = 0;
  for (const c of chapters) {
    if (c.id === id) return at;
    at += c.dwellSeconds * 1000;
  }
  throw new Error(`no chapter ${id}`);
}

/** The chapter the clock shows at `time` (UTC ms), worked out here from the dwell times alone. */
export function chapterOnClock(time: number): string {
  let t = (((time - SYNC_EPOCH_MS) % LOOP_MS) + LOOP_MS) % LOOP_MS;
  for (const c of chapters) {
    t -= c.dwellSeconds * 1000;
    if (t < 0) return c.id;
  }
  throw new Error('past the loop');
}

/**
 * Two shows drawing their maps at once on a shared 2-core machine can keep a
 * basemap worker from its heartbeat for 5 s (real time): the watchdog then
 * replaces it and the map is drawn again, as it should. The pixels are
 * compared once the maps are drawn, so that is no error of the sync's.
 */
const WORKER_REPLACED = /basemap worker (failed \(it has not answered for 5 s|restarted: the map is being drawn again)/;

export interface Kiosk {
  context: BrowserContext;
  page: Page;
  /** Errors and warnings of the kiosk's pages (the suite's rule watches only the test's own context). */
  problems: string[];
  /** Runs the kiosk's clock on by `ms`, in steps of at most 10 s. */
  run(ms: number): Promise<void>;
}

/**
 * A kiosk whose clock is set to `time` and held there; `query` opens the show.
 * Pass times that differ by multiples of 16 ms: the fake clock draws a frame
 * every 16 ms from its own start, so screens compared at one instant then
 * draw their frames at the same instants too, as screens in step by NTP do
 * within a frame.
 */
export async function openKiosk(browser: Browser, baseURL: string, time: number, query: string): Promise<Kiosk> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1920, height: 1080 } });
  const problems: string[] = [];
  context.on('console', (m) => {
    if ((m.type() === 'error' || m.type() === 'warning') && !WORKER_REPLACED.test(m.text())) problems.push(m.text());
  });
  context.on('weberror', (e) => void problems.push(e.error().message));
  await context.clock.install({ time });
  await context.clock.pauseAt(time + 1);
  const page = await context.newPage();
  await page.goto(`/index.html${query}`);
  await expect(map(page)).toHaveAttribute('data-chapter', /./);
  const run = async (ms: number) => {
    for (let left = ms; left > 0; left -= 10_000) await context.clock.runFor(Math.min(left, 10_000));
  };
  return { context, page, problems, run };
}

/** One frame of the fake clock. */
const FRAME_MS = 16;

/** Both screens at the same instant show the clock's chapter, the camera and flag at the same point, and the same map. */
export async function expectInStep(a: Kiosk, b: Kiosk, chapter: string): Promise<void> {
  for (const { page } of [a, b]) await expect(map(page)).toHaveAttribute('data-chapter', chapter);
  const [ra, rb] = await Promise.all([readMap(a.page), readMap(b.page)]);
  // Within a frame's motion: a reloaded page's fake clock may draw its frames a few ms apart from the other's.
  expect(Math.abs(rb.legAt - ra.legAt), `the flag at the same point of its leg (${ra.legAt} and ${rb.legAt})`).toBeLessThan(0.005);
  expect(rb.view.zoom, 'the camera at the same zoom').toBeCloseTo(ra.view.zoom, 3);
  // Within a pixel at that zoom (a flight and a landing end a fraction of a pixel apart).
  const pxPerDegree = (256 * 2 ** ra.view.zoom) / 360;
  expect(Math.abs(rb.view.lng - ra.view.lng) * pxPerDegree, 'the camera at the same place (px)').toBeLessThan(1);
  expect(Math.abs(rb.view.lat - ra.view.lat) * pxPerDegree * 2, 'the camera at the same place (px)').toBeLessThan(2);
  // The tiles are drawn by the basemap's worker on the real clock: wait for them. Leaflet puts what
  // arrived on screen at its next frame, so each look moves both clocks on by one frame, together.
  for (const { page } of [a, b]) await expect(map(page)).toHaveAttribute('data-tiles', 'drawn', { timeout: 30_000 });
  await expect
    .poll(
      async () => {
        for (const k of [a, b]) await k.run(FRAME_MS);
        return differingShare(await map(a.page).screenshot(), await map(b.page).screenshot());
      },
      { message: 'share of the map pixels that differ between the two screens', timeout: 20_000 },
    )
    // Measured 1 to 4% here, with the chapter, the flag and the camera already in step (checked above):
    // basemap tiles of the two screens drawn from different detail levels; a screen out of step by a
    // chapter differs over half its pixels.
    .toBeLessThan(0.05);
}

/**
 * Mid-flight, the same chapter and both cameras on the same flight, within a few milliseconds of it:
 * the two fake clocks' flights were seen up to 0.03 zoom levels apart (a few ms of the flight).
 */
export async function expectInFlight(a: Kiosk, b: Kiosk, chapter: string): Promise<void> {
  for (const { page } of [a, b]) await expect(map(page)).toHaveAttribute('data-chapter', chapter);
  const [ra, rb] = await Promise.all([readMap(a.page), readMap(b.page)]);
  expect(Math.abs(rb.view.zoom - ra.view.zoom), `the cameras at the same zoom (${ra.view.zoom} and ${rb.view.zoom})`).toBeLessThan(0.05);
  expect(rb.legAt).toBe(ra.legAt);
}

/** Share (0..1) of pixels where the two pictures differ by more than a little in any channel. */
function differingShare(a: Buffer, b: Buffer): number {
  const fa = decodePng(a);
  const fb = decodePng(b);
  if (fa.width !== fb.width || fa.height !== fb.height) return 1;
  let differ = 0;
  for (let i = 0; i < fa.data.length; i += 4) {
    if (Math.abs(fa.data[i]! - fb.data[i]!) > 8 || Math.abs(fa.data[i + 1]! - fb.data[i + 1]!) > 8 || Math.abs(fa.data[i + 2]! - fb.data[i + 2]!) > 8) differ++;
  }
  return differ / (fa.width * fa.height);
}
