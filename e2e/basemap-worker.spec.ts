/**
 * A dead basemap worker heals itself: with its script missing the map says so
 * in the log and keeps trying; once the script is back, the map is drawn.
 */
import { expect, test } from './support/test';
import { serveWithout } from './support/missing-asset';
import { chapters } from './support/story';
import { map, openShow, pauseClock, waitForRest } from './support/show';
import { colourShare, decodePng, hexToRgb } from './support/frames';
import { PALETTE } from '../src/shared/palette';

/** The sea's colour (the basemap palette): a map with no land drawn is this colour alone. */
const OCEAN = hexToRgb(PALETTE.ocean);

test('with its script missing, the basemap worker failure is logged and retried; when the script is back the map is drawn', async ({ page, expectErrors }) => {
  expectErrors(/basemap worker failed/, /basemap worker restarted/);
  const app = await serveWithout((f) => f.startsWith('basemap.worker-'));
  const logged: string[] = [];
  page.on('console', (m) => logged.push(m.text()));
  try {
    await page.goto(new URL('index.html', app.url).href);
    await expect.poll(() => logged.find((l) => l.includes('basemap worker failed')), { timeout: 15_000 }).toBeTruthy();
    await expect(page.locator('canvas.leaflet-tile-loaded')).toHaveCount(0);
    app.restore();
    await expect.poll(() => logged.some((l) => l.includes('basemap worker restarted')), { timeout: 15_000 }).toBe(true);
    await expect(page.locator('canvas.leaflet-tile-loaded').first()).toBeVisible({ timeout: 15_000 });
    await expect(page.locator('.map')).toHaveAttribute('data-tiles', 'drawn', { timeout: 15_000 });
  } finally {
    await app.close();
  }
});

test('a worker that closes itself without a word is noticed in time and replaced, and the map of Los Angeles is drawn', async ({ page, expectErrors }) => {
  expectErrors(/basemap worker failed \(it has not answered for 5 s: closed or killed\)/, /basemap worker restarted/);
  const logged: string[] = [];
  page.on('console', (m) => logged.push(m.text()));
  await openShow(page);
  await expect(map(page)).toHaveAttribute('data-tiles', 'drawn');
  const worker = page.workers().find((w) => w.url().includes('basemap.worker'))!;
  const gone = new Promise((closed) => worker.once('close', closed));
  // From inside, as a worker that ends itself would: no error event reaches the page.
  void worker.evaluate(() => setTimeout(() => (globalThis as unknown as { close(): void }).close())).catch(() => {});
  await gone;
  // The visitor's few key presses: far fewer tile requests than any count would notice.
  const pressed = Date.now();
  await page.keyboard.press('End');
  await waitForRest(page, chapters.at(-1)!.id);
  for (const key of ['PageUp', 'PageUp']) await page.keyboard.press(key);
  await waitForRest(page, 'concert'); // the beach stage, Los Angeles at city zoom
  // Meanwhile the map shows only the coarse underlay the show keeps (underlay.ts); then the new worker draws it.
  await expect.poll(() => logged.some((l) => l.includes('basemap worker restarted')), { timeout: 15_000 }).toBe(true);
  await expect(map(page)).toHaveAttribute('data-tiles', 'drawn', { timeout: 15_000 });
  const seaShare = async () => colourShare(decodePng(await map(page).screenshot()), OCEAN, 12);
  await expect.poll(seaShare, { message: 'Los Angeles has its land on the map, not sea alone', timeout: 15_000, intervals: [250] }).toBeLessThan(0.8);
  const redrawnAfter = Date.now() - pressed;
  expect(redrawnAfter, 'the map is drawn again within 15 s').toBeLessThan(15_000);
  expect(logged.filter((l) => l.includes('basemap worker')).join('\n')).toMatch(
    /failed \(it has not answered for 5 s: closed or killed\); starting a new one in 1 s[\s\S]*restarted: the map is being drawn again/,
  );
  console.log(
    `worker closed; map drawn again ${redrawnAfter} ms after End, Page Up, Page Up. Log:\n${logged.filter((l) => l.includes('basemap worker')).join('\n')}`,
  );
  // For the operator's eyes: the map once the new worker has drawn the city too (the picture stops changing).
  let previous: Buffer = Buffer.alloc(0);
  await expect
    .poll(
      async () => {
        const now = await map(page).screenshot();
        const settled = now.equals(previous);
        previous = now;
        return settled;
      },
      { message: 'the redrawn map settles', timeout: 15_000, intervals: [1_000] },
    )
    .toBe(true);
  await page.screenshot({ path: 'test-results/screenshots/basemap-worker-closed-la-redrawn.png' });
});

test("a fake clock run fast (the tests' and the bench's) does not make a working worker look silent", async ({ page }) => {
  const logged: string[] = [];
  page.on('console', (m) => logged.push(m.text()));
  await pauseClock(page);
  await page.goto('/index.html');
  await page.clock.runFor(2_000);
  await expect(map(page)).toHaveAttribute('data-tiles', 'drawn');
  for (let i = 0; i < 6; i++) await page.clock.runFor(60_000); // six minutes in a blink: a dozen heartbeats' deadlines on this clock
  expect(logged.filter((l) => l.includes('basemap worker'))).toEqual([]);
});
