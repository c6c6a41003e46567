/**
 * The overview (O): every chapter as a card, chosen with the arrows and
 * Enter or a touch, fitting the screen whole.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { chapters, chapterIndex, endPlaceOf } from './support/story';
import { currentRelayNode, expectFlagNear, openShow, pauseClock, progress, waitForRest } from './support/show';

const total = chapters.length;
const overview = (page: Page) => page.getByRole('dialog', { name: 'All chapters' });
const cards = (page: Page) => overview(page).getByRole('button');

test('O shows every chapter; → → Enter lands at rest on chapter 3, the map and the diagram with it', async ({ page }) => {
  await pauseClock(page);
  await openShow(page);
  await page.keyboard.press('o');
  await expect(overview(page)).toBeVisible();
  await expect(cards(page)).toHaveCount(total);
  await expect(cards(page).nth(0)).toBeFocused();
  await expect(cards(page).nth(4)).toContainText(chapters[4]!.title.en);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(cards(page).nth(2)).toBeFocused();
  // The show behind has not moved while choosing.
  await expect(progress(page)).toHaveText(`Chapter 1 of ${total}`);
  await page.keyboard.press('Enter');
  await expect(overview(page)).toHaveCount(0);
  // No clock advance: the chapter is there at once, nothing replays.
  await waitForRest(page, chapters[2]!.id);
  await expect(progress(page)).toHaveText(`Chapter 3 of ${total}`);
  await expectFlagNear(page, endPlaceOf(chapters[2]!).at);
  await expect(currentRelayNode(page)).toHaveCount(0);
});

test('↓ moves a row; a click or touch on a card goes to its chapter, with its carrier shown and in the diagram', async ({ page }) => {
  await pauseClock(page);
  await openShow(page);
  await page.keyboard.press('o');
  await page.keyboard.press('ArrowDown');
  const focused = await cards(page).evaluateAll((all) => all.findIndex((c) => c === document.activeElement));
  expect(focused).toBeGreaterThan(1);
  const courtney = chapterIndex('courtney');
  const card = cards(page).nth(courtney);
  await expect(card).toContainText('Kate Courtney');
  await expect(card).toContainText('LA Memorial Coliseum');
  await card.click();
  await expect(overview(page)).toHaveCount(0);
  await waitForRest(page, 'courtney');
  await expect(currentRelayNode(page)).toContainText('Kate Courtney');
});

test('Escape or O closes the overview where the show was; the focused card is clearly marked', async ({ page }) => {
  await openShow(page);
  await page.keyboard.press('o');
  const focusRing = await cards(page)
    .nth(0)
    .evaluate((c) => getComputedStyle(c).outlineStyle + ' ' + getComputedStyle(c).outlineWidth);
  expect(focusRing).toBe('solid 4px');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
  await expect(overview(page)).toHaveCount(0);
  await expect(progress(page)).toHaveText(`Chapter 1 of ${total}`);
  await page.keyboard.press('o');
  await expect(cards(page).nth(0)).toBeFocused();
  await page.keyboard.press('o');
  await expect(overview(page)).toHaveCount(0);
});

for (const [width, height] of [
  [1920, 1080],
  [1366, 768],
] as const) {
  test(`the overview fits every card whole at ${width}x${height}, without scrolling`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openShow(page);
    await page.keyboard.press('o');
    await expect(cards(page)).toHaveCount(total);
    await page.evaluate(() => document.fonts.ready);
    const problems = await overview(page).evaluate((dialog) => {
      const found: string[] = [];
      if (dialog.scrollHeight > dialog.clientHeight) found.push(`the overview scrolls by ${dialog.scrollHeight - dialog.clientHeight} px`);
      dialog.querySelectorAll('button').forEach((card, i) => {
        const box = card.getBoundingClientRect();
        if (box.top < 0 || box.left < 0 || box.bottom > innerHeight || box.right > innerWidth) found.push(`card ${i + 1} is off the screen`);
        if (card.scrollHeight > card.clientHeight + 1) found.push(`card ${i + 1} is cut off at the bottom`);
        for (const line of card.querySelectorAll('span'))
          if (line.scrollHeight > line.clientHeight + 1) found.push(`card ${i + 1}: "${line.textContent}" is cut off`);
      });
      return found;
    });
    expect(problems).toEqual([]);
    await page.screenshot({ path: `test-results/screenshots/overview-${width}x${height}.png` });
  });
}
