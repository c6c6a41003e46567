/**
 * Offline always: through a whole walkthrough, no request leaves the app's
 * own origin (no tiles, no fonts, no CDN).
 */
import { expect, test } from './support/test';
import { chapters } from './support/story';
import { openShow, pauseClock, waitForRest } from './support/show';

test('no request leaves the app’s own origin during a full walkthrough', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await pauseClock(page);
  await openShow(page);
  for (let i = 1; i < chapters.length; i++) {
    await page.keyboard.press('ArrowRight');
    await page.clock.runFor(20_000);
  }
  await waitForRest(page, chapters[chapters.length - 1]!.id);
  expect(requests.length).toBeGreaterThan(3);
  const foreign = requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'));
  expect(foreign).toEqual([]);
  // The fonts are ours, bundled with the app, and in use.
  expect(requests.some((url) => url.endsWith('.woff2'))).toBe(true);
  expect(await page.evaluate(() => document.fonts.check('600 20px Inter'))).toBe(true);
});
