/**
 * Touch: a swipe across the map or the panel turns the page, a tap on the
 * timeline goes to that chapter, and touch takes control from autoplay.
 */
import { expect, test } from './support/test';
import { chapters, chapterIndex } from './support/story';
import { openShow, pauseClock, playToRest, progress, waitForRest } from './support/show';
import { legAt, swipe, timeline, timelinePoint } from './support/travel';

const total = chapters.length;
const autoplayMode = (page: import('@playwright/test').Page) => page.getByText('Autoplay', { exact: true });

test.use({ hasTouch: true });

test('a swipe leftwards on the map goes to the next chapter, rightwards on the panel back; autoplay stops', async ({ page }) => {
  await pauseClock(page);
  await openShow(page, '?autoplay');
  await expect(autoplayMode(page)).toBeVisible();
  await swipe(page, { x: 900, y: 300 }, { x: 500, y: 320 });
  await expect(progress(page)).toHaveText(`Chapter 2 of ${total}`);
  await expect(autoplayMode(page)).toHaveCount(0);
  await playToRest(page, chapters[1]!.id);

  await swipe(page, { x: 1300, y: 600 }, { x: 1700, y: 580 });
  await waitForRest(page, chapters[0]!.id);
  await expect(progress(page)).toHaveText(`Chapter 1 of ${total}`);
});

test('a tap, a short stroke or a mostly vertical one does not turn the page', async ({ page }) => {
  await pauseClock(page);
  await openShow(page);
  await page.touchscreen.tap(700, 300);
  await swipe(page, { x: 700, y: 300 }, { x: 660, y: 300 });
  await swipe(page, { x: 700, y: 200 }, { x: 600, y: 500 });
  await expect(progress(page)).toHaveText(`Chapter 1 of ${total}`);
});

test('a stroke along the timeline drags on the timeline, and does not also turn the page', async ({ page }) => {
  await pauseClock(page);
  await page.goto('/index.html#/atlantic');
  await waitForRest(page, 'atlantic');
  const atlantic = chapterIndex('atlantic');
  const from = (await timelinePoint(page, atlantic).boundingBox())!;
  const to = (await timelinePoint(page, atlantic - 3).boundingBox())!;
  // Leftwards over three chapters, far enough to be a swipe anywhere else: it seeks the leg back to its start.
  await swipe(page, { x: from.x + from.width / 2 - 4, y: from.y + from.height / 2 }, { x: to.x, y: to.y + to.height / 2 });
  await expect(page.getByTestId('paused')).toBeVisible();
  await expect.poll(() => legAt(page)).toBe(0);
  await expect(progress(page)).toHaveText(`Chapter ${atlantic + 1} of ${total}`);
});

test('tapping a chapter on the timeline goes there and takes control from autoplay', async ({ page }) => {
  await pauseClock(page);
  await openShow(page, '?autoplay');
  const eaton = chapterIndex('eaton');
  const point = (await timelinePoint(page, eaton).boundingBox())!;
  await page.touchscreen.tap(point.x + point.width / 2, point.y + point.height / 2);
  await waitForRest(page, 'eaton');
  await expect(progress(page)).toHaveText(`Chapter ${eaton + 1} of ${total}`);
  await expect(autoplayMode(page)).toHaveCount(0);
  await expect(timeline(page)).toBeVisible();
});
