/**
 * The timeline and control of the travel: G then a number, K to pause and
 * resume, Shift+←/→ to scrub, and pressing on the timeline to go or to seek.
 * The map's flag, the timeline and the panel always tell the same story.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { chapters, chapterIndex, placeById } from './support/story';
import { currentRelayNode, expectFlagNear, map, openShow, pauseClock, progress, waitForRest } from './support/show';
import { flagOnScreen, legAt, openOnLeg, pointOnLeg, timeline, timelinePercent, timelinePoint } from './support/travel';

const total = chapters.length;
const atlantic = chapterIndex('atlantic');

/** Runs the clock on by `ms`, by when the Atlantic leg has ended with the flag at rest in the Hollywood Hills. */
async function travelToHollywood(page: Page, ms: number) {
  await page.clock.runFor(ms);
  await waitForRest(page, 'atlantic');
  await expectFlagNear(page, placeById('hollywood').at);
}

test('G, 1, 2, Enter goes to chapter 12, with the prompt shown from G on', async ({ page }) => {
  await pauseClock(page);
  await openShow(page);
  await page.keyboard.press('g');
  await expect(page.getByTestId('goto')).toContainText('Go to chapter');
  await page.keyboard.type('12');
  await expect(page.getByTestId('goto')).toContainText('12');
  await page.keyboard.press('Enter');
  await waitForRest(page, chapters[11]!.id);
  await expect(progress(page)).toHaveText(`Chapter 12 of ${total}`);
  await expect(page.getByTestId('goto')).toHaveCount(0);
});

test('K holds the flag where it is on its leg, and K again lets it travel on to the end', async ({ page }) => {
  await openOnLeg(page, 'atlantic');
  await page.clock.runFor(5_000);
  await expect(map(page)).toHaveAttribute('data-state', 'travelling');
  await page.keyboard.press('k');
  await expect(map(page)).toHaveAttribute('data-state', 'paused');
  await expect(page.getByTestId('paused')).toBeVisible();
  const held = await flagOnScreen(page);
  const percent = await timelinePercent(page);
  expect(percent).toBeGreaterThan(0);
  expect(percent).toBeLessThan(100);
  // Two later moments: the flag, the timeline and the drawn route have not moved.
  for (let i = 0; i < 2; i++) {
    await page.clock.runFor(1_000);
    expect(await flagOnScreen(page)).toEqual(held);
    expect(await timelinePercent(page)).toBe(percent);
  }
  await page.keyboard.press('k');
  await expect(page.getByTestId('paused')).toHaveCount(0);
  await travelToHollywood(page, 20_000);
  expect(await timelinePercent(page)).toBe(100);
});

test('K during the camera’s flight lets the camera arrive, then holds the flag at the start of its leg', async ({ page }) => {
  await openOnLeg(page, 'atlantic');
  await page.clock.runFor(500);
  await expect(map(page)).toHaveAttribute('data-state', 'flying');
  await page.keyboard.press('k');
  await page.clock.runFor(5_000);
  await expect(map(page)).toHaveAttribute('data-state', 'paused');
  expect(await legAt(page)).toBe(0);
  await expectFlagNear(page, placeById('le-bourget').at);
  await expect(page.locator('.place-label', { hasText: 'Hollywood' })).toBeInViewport();
  await page.keyboard.press('k');
  await travelToHollywood(page, 20_000);
});

test('Shift+→ moves the flag on along its leg, and the timeline shows the same point', async ({ page }) => {
  await openOnLeg(page, 'atlantic');
  await page.clock.runFor(5_000);
  await page.keyboard.press('k');
  await expect(map(page)).toHaveAttribute('data-state', 'paused');
  const start = await legAt(page);
  const before = await flagOnScreen(page);

  await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(() => legAt(page)).toBeCloseTo(start + 0.1, 3);
  await expectFlagNear(page, pointOnLeg('atlantic', start + 0.1), 1e-3);
  expect(await timelinePercent(page)).toBe(Math.round((start + 0.1) * 100));
  // Westwards on the map, towards Los Angeles; and the show did not step to the next chapter.
  expect((await flagOnScreen(page)).x).toBeLessThan(before.x - 10);
  await expect(progress(page)).toHaveText(`Chapter ${atlantic + 1} of ${total}`);

  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Shift+ArrowLeft');
  await expect.poll(() => legAt(page)).toBeCloseTo(start - 0.1, 3);
  await expectFlagNear(page, pointOnLeg('atlantic', start - 0.1), 1e-3);
  expect(await timelinePercent(page)).toBe(Math.round((start - 0.1) * 100));
  // Scrubbing holds the travel, even after time passes.
  await page.clock.runFor(3_000);
  expect(await legAt(page)).toBeCloseTo(start - 0.1, 3);
});

test('scrubbing a leg already travelled takes the flag back along it, and K plays the rest', async ({ page }) => {
  await pauseClock(page);
  await page.goto('/index.html#/atlantic');
  await waitForRest(page, 'atlantic');
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(map(page)).toHaveAttribute('data-state', 'paused');
  expect(await legAt(page)).toBeCloseTo(0.9, 3);
  await expectFlagNear(page, pointOnLeg('atlantic', 0.9), 1e-3);
  await page.keyboard.press('k');
  await travelToHollywood(page, 5_000);
});

test('a click on a chapter’s point on the timeline goes there at once, the diagram in step', async ({ page }) => {
  await pauseClock(page);
  await openShow(page);
  const courtney = chapterIndex('courtney');
  await timelinePoint(page, courtney).click();
  // No clock advance: the jump lands at rest.
  await waitForRest(page, 'courtney');
  await expect(progress(page)).toHaveText(`Chapter ${courtney + 1} of ${total}`);
  await expect(currentRelayNode(page)).toContainText('Kate Courtney');
  await expect(timelinePoint(page, courtney)).toHaveClass(/now/);
});

test('a click within the current leg on the timeline puts the flag there; dragging moves it along', async ({ page }) => {
  await pauseClock(page);
  await page.goto('/index.html#/atlantic');
  await waitForRest(page, 'atlantic');
  const from = (await timelinePoint(page, atlantic - 1).boundingBox())!;
  const to = (await timelinePoint(page, atlantic).boundingBox())!;
  const x = (t: number) => from.x + from.width / 2 + (to.x + to.width / 2 - (from.x + from.width / 2)) * t;
  const y = from.y + from.height / 2;
  await page.mouse.move(x(0.5), y);
  await page.mouse.down();
  await expect(map(page)).toHaveAttribute('data-state', 'paused');
  expect(await legAt(page)).toBeCloseTo(0.5, 1);
  await expectFlagNear(page, pointOnLeg('atlantic', await legAt(page)), 1e-3);
  await page.mouse.move(x(0.8), y, { steps: 4 });
  await page.mouse.up();
  await expect.poll(() => legAt(page)).toBeCloseTo(0.8, 1);
  expect(await timelinePercent(page)).toBe(Math.round((await legAt(page)) * 100));
  await expect(progress(page)).toHaveText(`Chapter ${atlantic + 1} of ${total}`);
});

test('autoplay waits while the travel is paused, and goes on after K', async ({ page }) => {
  await pauseClock(page);
  await openShow(page, '?autoplay');
  await page.keyboard.press('k');
  await expect(page.getByTestId('paused')).toBeVisible();
  await page.clock.runFor(chapters[0]!.dwellSeconds * 1000 + 2_000);
  await expect(progress(page)).toHaveText(`Chapter 1 of ${total}`);
  await page.keyboard.press('k');
  await page.clock.runFor(chapters[0]!.dwellSeconds * 1000 + 100);
  await expect(progress(page)).toHaveText(`Chapter 2 of ${total}`);
});

test('the timeline shows every chapter, and fills to the current one', async ({ page }) => {
  await page.goto('/index.html#/courtney');
  await waitForRest(page, 'courtney');
  await expect(timeline(page).locator('.point')).toHaveCount(total);
  await expect(timeline(page).locator('.point.done')).toHaveCount(chapterIndex('courtney'));
  await expect(timeline(page)).toBeInViewport({ ratio: 1 });
});

test('with reduced motion asked for, K after a scrub lands the flag at the leg’s end at once', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await pauseClock(page);
  await page.goto('/index.html#/atlantic');
  await waitForRest(page, 'atlantic');
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(map(page)).toHaveAttribute('data-state', 'paused');
  await page.keyboard.press('k');
  // No clock advance: nothing travels.
  await waitForRest(page, 'atlantic');
  await expectFlagNear(page, placeById('hollywood').at);
});
