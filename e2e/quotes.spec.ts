/**
 * The quotes in the visitor's language: where a chapter's quotes do not fit
 * together at their size, they come one page after another, each long enough
 * to read; the clicker still moves chapter; nothing is logged as an error.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { wordCount, WORDS_PER_SECOND } from '../src/renderer/speech/quote-pages';
import { speeches } from './support/story';
import { openShow, pauseClock, waitForRest } from './support/show';

/** The quotes shown now, by id. */
const visibleQuotes = (page: Page) => page.locator('blockquote[data-quote]:visible').evaluateAll((quotes) => quotes.map((q) => q.getAttribute('data-quote')!));

test('in French, quotes too long to share the panel come one after another, each for at least its reading time, and all within the chapter', async ({
  page,
}) => {
  await pauseClock(page);
  await openShow(page, '?lang=fr#/bach-athletes');
  await waitForRest(page, 'bach-athletes');
  const ids = speeches.filter((s) => s.chapter === 'bach-athletes').map((s) => s.id);
  await expect(page.locator('.quotes')).not.toHaveAttribute('data-pages', '1');
  const first = await visibleQuotes(page);
  expect(first.length).toBeGreaterThan(0);
  expect(first.length).toBeLessThan(ids.length);

  // Second by second through the chapter's time: when each quote shows, and for how long.
  const seen = new Map<string, number>();
  for (let second = 0; second < 22; second++) {
    for (const id of await visibleQuotes(page)) seen.set(id, (seen.get(id) ?? 0) + 1);
    await page.clock.runFor(1000);
  }
  expect([...seen.keys()].sort()).toEqual([...ids].sort());
  for (const id of ids) {
    const words = wordCount(speeches.find((s) => s.id === id)!.translation!.fr!);
    expect(seen.get(id), `${id}: seconds on screen for ${words} words`).toBeGreaterThanOrEqual(Math.floor(words / WORDS_PER_SECOND));
  }
  // Without autoplay the show stays on its chapter: the quotes turn, the chapter does not.
  await expect(page.locator('.map')).toHaveAttribute('data-chapter', 'bach-athletes');
});

test('Page Down on a chapter of several quote pages goes to the next chapter, not the next quote', async ({ page }) => {
  await openShow(page, '?lang=fr#/bach-athletes');
  await waitForRest(page, 'bach-athletes');
  await expect(page.locator('.quotes')).toHaveAttribute('data-page', '1');
  await page.keyboard.press('PageDown');
  await waitForRest(page, 'bach-peace');
});

test('with reduced motion a quote page turns without animation', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await pauseClock(page);
  await openShow(page, '?lang=fr#/bach-athletes');
  await waitForRest(page, 'bach-athletes');
  const before = await visibleQuotes(page);
  await expect(async () => {
    await page.clock.runFor(1000);
    expect(await visibleQuotes(page)).not.toEqual(before);
  }).toPass();
  expect(await page.locator('blockquote[data-quote]:visible').evaluateAll((qs) => qs.flatMap((q) => q.getAnimations()).length)).toBe(0);
});

test('the speech chapters fit their quotes without an error in the log, in both languages', async ({ page }) => {
  // The suite's rule (support/test.ts) fails this test on any error or warning in the page, such as the ResizeObserver loop the quotes' fitting once caused.
  for (const lang of ['en', 'fr']) {
    for (const id of ['bach-new-era', 'bach-athletes', 'bach-peace']) {
      await openShow(page, `?lang=${lang}#/${id}`);
      await waitForRest(page, id);
      await page.evaluate(() => document.fonts.ready);
      // Two frames: a ResizeObserver loop is reported after the frame that caused it.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    }
  }
});
