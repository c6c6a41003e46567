/**
 * Opening hours: outside them the screen is black; it wakes by itself at
 * opening time and goes black again at closing time.
 */
import { expect, test } from './support/test';
import { openShow, pauseClock } from './support/show';

test.use({ timezoneId: 'UTC' });

test('outside the opening hours the screen is black, and it opens and closes by itself', async ({ page }) => {
  await pauseClock(page); // 21:00 UTC
  await openShow(page, '?opening-hours=21:30-23:00');
  const closed = page.getByTestId('closed');
  await expect(closed).toBeVisible();
  expect(await closed.boundingBox()).toMatchObject({ x: 0, y: 0, width: 1920, height: 1080 });
  await page.clock.fastForward('30:00');
  await expect(closed).toHaveCount(0);
  await page.clock.fastForward('01:30:00');
  await expect(closed).toBeVisible();
});

test('bad opening hours are named on screen and the show stays open', async ({ page, expectErrors }) => {
  expectErrors(/--opening-hours: expected opening hours/);
  await openShow(page, '?opening-hours=9-5');
  await expect(page.getByTestId('notices')).toContainText('--opening-hours: expected opening hours as "HH:MM-HH:MM"');
  await expect(page.getByTestId('closed')).toHaveCount(0);
});
