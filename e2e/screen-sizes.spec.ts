/**
 * Every chapter fits every kiosk screen, in English and in French (which runs
 * longer): at 1920x1080, 1366x768 and 3840x2160 the panel (title, narration, leg, quotes, what comes next, the key hints)
 * is whole, nothing falls off the bottom, and the layout keeps its proportions.
 * One page per screen and language walks back through the chapters from the
 * last, with ←: each lands at once, and the quotes fit themselves anew.
 */
import { expect, test } from './support/test';
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
    await page.setViewportSize({ width, height });
    const last = chapters[chapters.length - 1]!;
    await page.goto(`/index.html?lang=${lang}#/${last.id}`);
    await page.evaluate(() => document.fonts.ready);
    const measure = () =>
      page.locator('.panel').evaluate((panel) => {
        const hint = panel.lastElementChild!.getBoundingClientRect();
        return { over: panel.scrollHeight - panel.clientHeight, hintBottom: hint.bottom, share: panel.getBoundingClientRect().width / innerWidth };
      });
    const overflowing: string[] = [];
    const belowFloor: string[] = [];
    for (const chapter of [...chapters].reverse()) {
      if (chapter !== last) await page.keyboard.press('ArrowLeft');
      await waitForRest(page, chapter.id);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(chapter.title[lang]);
      // The quotes fit themselves when the chapter or the size changes (a frame later): give them a moment to settle.
      await expect
        .poll(async () => (await measure()).over, { timeout: 3_000 })
        .toBeLessThanOrEqual(0)
        .catch(() => {});
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
