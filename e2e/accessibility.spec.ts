/**
 * What a visitor using a screen reader or the keyboard meets: axe-core finds
 * no serious or critical problem, the flag has a name saying where it is, and
 * each chapter is read out as the show reaches it.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { map, openShow, pauseClock, playToRest, waitForRest } from './support/show';
import { chapters, endPlaceOf } from './support/story';

/** axe-core's serious and critical findings, one line each, so a failure says what and where. */
async function seriousViolations(page: Page): Promise<string[]> {
  // axe waits on timers of its own: let the page's clock run while it looks.
  await page.clock.resume();
  // The panel's words fade in (600 ms): judged as a visitor reads them, not half-faded (axe measured the
  // kicker's contrast mid-fade on a cold start).
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
        .map((a) => a.finished),
    ),
  );
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test.beforeEach(async ({ page }) => {
  await pauseClock(page);
  await openShow(page);
});

test('the main view has no serious or critical axe violation, in English and in French', async ({ page }) => {
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('l');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  expect(await seriousViolations(page)).toEqual([]);
});

test('the help has no serious or critical axe violation, and takes the focus', async ({ page }) => {
  await page.keyboard.press('?');
  const help = page.getByRole('dialog');
  await expect(help).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the overview has no serious or critical axe violation, and its selected card has the focus', async ({ page }) => {
  await page.keyboard.press('o');
  await expect(page.getByTestId('overview')).toBeVisible();
  await expect(page.getByTestId('overview').getByRole('button').first()).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the presenter view has no serious or critical axe violation, in English and in French', async ({ context }) => {
  const presenter = await context.newPage();
  await presenter.goto('/index.html?view=presenter');
  await expect(presenter.getByTestId('presenter')).toHaveAttribute('data-chapter', chapters[0]!.id);
  expect(await seriousViolations(presenter)).toEqual([]);
  await presenter.keyboard.press('l');
  await expect(presenter.locator('html')).toHaveAttribute('lang', 'fr');
  expect(await seriousViolations(presenter)).toEqual([]);
});

test('the flag marker is named for where it is, in the language of the show', async ({ page }) => {
  const coliseum = chapters.findIndex((c) => endPlaceOf(c).id === 'coliseum');
  for (const digit of String(coliseum + 1)) await page.keyboard.press(digit);
  await page.keyboard.press('Enter');
  await waitForRest(page, chapters[coliseum]!.id);
  await expect(page.getByRole('img', { name: 'Olympic flag at LA Memorial Coliseum' })).toBeVisible();
  await page.keyboard.press('l');
  await expect(page.getByRole('img', { name: 'Drapeau olympique\u202f: LA Memorial Coliseum' })).toBeVisible();
});

test('each chapter is read out as the show reaches it', async ({ page }) => {
  const announcer = page.getByTestId('announcer');
  await expect(announcer).toHaveAttribute('aria-live', 'polite');
  await page.keyboard.press('ArrowRight');
  await playToRest(page, chapters[1]!.id);
  await expect(announcer).toContainText(`Chapter 2 of ${chapters.length}. ${chapters[1]!.title.en}.`);
  await expect(announcer).toContainText(chapters[1]!.narration.en);
  await expect(map(page)).toHaveAttribute('data-chapter', chapters[1]!.id);
});
