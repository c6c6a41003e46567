/**
 * A kiosk shows no stray mouse pointer: it hides after 3 s still and returns when the mouse moves.
 */
import { expect, test } from './support/test';
import { map, openShow, pauseClock } from './support/show';

const cursorOverMap = (page: import('@playwright/test').Page) => map(page).evaluate((el) => getComputedStyle(el).cursor);

test('the mouse pointer hides after 3 s without movement and comes back when the mouse moves', async ({ page }) => {
  await pauseClock(page);
  await openShow(page);
  await page.mouse.move(400, 400);
  expect(await cursorOverMap(page)).not.toBe('none');
  await page.clock.runFor(3100);
  await expect.poll(() => cursorOverMap(page)).toBe('none');
  await page.mouse.move(420, 410);
  await expect.poll(() => cursorOverMap(page)).not.toBe('none');
});
