/**
 * The attract loop: autoplay advances by each chapter's dwell time, loops for
 * ever, gives way to a visitor and comes back when they leave.
 */
import { expect, test } from './support/test';
import { chapters } from './support/story';
import { openShow, pauseClock, progress, waitForRest } from './support/show';

const total = chapters.length;

test('with ?autoplay the show advances by itself and loops from the last chapter to the first', async ({ page }) => {
  await pauseClock(page);
  await openShow(page, '?autoplay');
  await expect(page.getByText('Autoplay', { exact: true })).toBeVisible();
  for (let i = 1; i <= total; i++) {
    await page.clock.runFor(chapters[i - 1]!.dwellSeconds * 1000 + 100);
    await expect(progress(page)).toHaveText(`Chapter ${(i % total) + 1} of ${total}`);
  }
  await waitForRest(page, chapters[0]!.id);
});

test('a key takes control from autoplay, and after the idle time autoplay returns', async ({ page }) => {
  await pauseClock(page);
  await openShow(page, '?autoplay&idle=20');
  await page.keyboard.press('ArrowRight');
  await expect(progress(page)).toHaveText(`Chapter 2 of ${total}`);
  await expect(page.getByText('Autoplay', { exact: true })).toHaveCount(0);
  // Longer than chapter 2's dwell: without autoplay nothing moves.
  await page.clock.runFor(19_000);
  await expect(progress(page)).toHaveText(`Chapter 2 of ${total}`);
  await page.clock.runFor(2_000);
  await expect(page.getByText('Autoplay', { exact: true })).toBeVisible();
  await page.clock.runFor(chapters[1]!.dwellSeconds * 1000 + 100);
  await expect(progress(page)).toHaveText(`Chapter 3 of ${total}`);
});

test('a click or touch also takes control', async ({ page }) => {
  await pauseClock(page);
  await openShow(page, '?autoplay');
  await page.mouse.click(400, 400);
  await expect(page.getByText('Autoplay', { exact: true })).toHaveCount(0);
  await page.clock.runFor(chapters[0]!.dwellSeconds * 1000 + 100);
  await expect(progress(page)).toHaveText(`Chapter 1 of ${total}`);
});

test('A toggles autoplay', async ({ page }) => {
  await pauseClock(page);
  await openShow(page);
  await page.keyboard.press('a');
  await expect(page.getByText('Autoplay', { exact: true })).toBeVisible();
  await page.clock.runFor(chapters[0]!.dwellSeconds * 1000 + 100);
  await expect(progress(page)).toHaveText(`Chapter 2 of ${total}`);
  await page.keyboard.press('a');
  await expect(page.getByText('Autoplay', { exact: true })).toHaveCount(0);
});

test('a bad idle setting is named on screen and the default is used', async ({ page, expectErrors }) => {
  expectErrors(/--idle: expected a whole number of seconds/);
  await openShow(page, '?autoplay&idle=soon');
  await expect(page.getByTestId('notices')).toContainText('--idle: expected a whole number of seconds from 5 to 3600');
  await expect(page.getByTestId('notices')).toContainText('"soon"');
});

test('a flood of bad flags shows the first few and a count, never covering the show', async ({ page, expectErrors }) => {
  expectErrors(/unknown flag --bogus\d+;/);
  const flags = Array.from({ length: 300 }, (_, i) => `bogus${i}`).join('&');
  await openShow(page, `?${flags}`);
  const notices = page.getByTestId('notices');
  await expect(notices).toContainText('unknown flag --bogus0');
  await expect(notices).toContainText('and 297 more problems: see the log');
  await expect(notices).not.toContainText('--bogus3;');
  const box = (await notices.boundingBox())!;
  expect(box.height).toBeLessThan(1080 * 0.4);
});
