/**
 * The quotes' legible floor (speech/fit-quotes.ts), read off the screen: the
 * size every quote's words are drawn at, in device pixels, against the floor
 * scaled to the screen as the whole panel is.
 */
import type { Page } from '@playwright/test';
import { QUOTE_FLOOR_PX, QUOTE_NOTE_FLOOR_PX } from '../../src/renderer/speech/fit-quotes';

/** Every quote of the chapter (on every page, shown now or not) is drawn at its floor or larger; returns what was below, as "chapter: class px < floor". */
export async function quotesBelowFloor(page: Page, chapterId: string): Promise<string[]> {
  const sizes = await page.locator('.quotes').evaluateAll((sections) =>
    sections.flatMap((section) =>
      [...section.querySelectorAll<HTMLElement>('q.main, .lead, [data-testid="spoken"], .speaker')].map((el) => ({
        main: el.matches('q.main'),
        what: el.className.split(' ')[0] || el.tagName,
        // The panel's zoom: a quote on a page not shown now is not rendered, and its own zoom reads 1.
        px: Number.parseFloat(getComputedStyle(el).fontSize) * section.closest<HTMLElement>('.panel')!.currentCSSZoom,
      })),
    ),
  );
  const scale = Number(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--screen-scale')));
  return sizes
    .filter(({ main, px }) => px + 0.01 < (main ? QUOTE_FLOOR_PX : QUOTE_NOTE_FLOOR_PX) * scale)
    .map(({ main, what, px }) => `${chapterId}: ${what} at ${px.toFixed(1)} px < ${((main ? QUOTE_FLOOR_PX : QUOTE_NOTE_FLOOR_PX) * scale).toFixed(1)}`);
}
