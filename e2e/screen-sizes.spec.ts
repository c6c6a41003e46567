/**
 * Every chapter fits every kiosk screen, in English and in French (which runs
 * longer): at 1920x1080, 1366x768 and 3840x2160 the panel (title, narration, leg, quotes, what comes next, the key hints)
 * is whole, nothing falls off the bottom, and the layout keeps its proportions.
 */
import { expect, test } from '@playwright/test';
import { chapters } from './support/story';
import { waitForRest } from './support/show';
import { quotesBelowFloor } from './support/quote-floor';

for (const [width, height, lang] of [
  [1920, 1080, 'en'],
  [1366, 768, 'en'],
  [3840, 2160, 'en'],
  [1920, 1080, 'fr'],
  [1366, 768, 'fr'],
  [3840, 2160, 'fr'],
] as const) {
  test(`every chapter fits the panel at ${width}x${height} in ${lang === 'en' ? 'English' : 'French'}`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width, height });
    const overflowing: string[] = [];
    const belowFloor: string[] = [];
    for (const chapter of chapters) {
      await page.goto(`/index.html?lang=${lang}#/${chapter.id}`);
      await waitForRest(page, chapter.id);
      await page.evaluate(() => document.fonts.ready);
      const measure = () =>
        page.locator('.panel').evaluate((panel) => {
          const hint = panel.lastElementChild!.getBoundingClientRect();
          return { over: panel.scrollHeight - panel.clientHeight, hintBottom: hint.bottom, share: panel.getBoundingClientRect().width / innerWidth };
        });
      // The quotes fit themselves when fonts or sizes change (a frame later): give them a moment to settle.
      await expect.poll(async () => (await measure()).over, { timeout: 3_000 }).toBeLessThanOrEqual(0).catch(() => {});
      const fit = await measure();
      if (fit.over > 0 || fit.hintBottom > height) overflowing.push(`${chapter.id}: ${fit.over} px over, hints end at ${Math.round(fit.hintBottom)}`);
      // The quotes' legible floor, in both languages at every size (support/quote-floor.ts).
      belowFloor.push(...(await quotesBelowFloor(page, chapter.id)));
      expect(fit.share, `${chapter.id}: the panel's share of the width`).toBeCloseTo(0.375, 2);
    }
    expect(overflowing).toEqual([]);
    expect(belowFloor).toEqual([]);
  });
}
