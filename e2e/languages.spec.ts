/**
 * French and English: L switches everything on screen at once, map names
 * included, without replaying the leg or re-creating the map; ?lang=fr starts
 * in French; a quote reads in the show's language, the words spoken below it.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { curlySingleQuotes } from '../src/renderer/speech/typography';
import { chapterIndex, chapters, placeById, speeches } from './support/story';
import { flagPosition, map, openShow, pauseClock, playToRest, progress, waitForRest } from './support/show';

const title = (page: Page) => page.getByRole('heading', { level: 1 });
const distance = (page: Page) => page.getByTestId('leg-distance');
const chapter = (id: string) => chapters[chapterIndex(id)]!;

test('L turns the whole screen to French and back: text, numbers, map names and <html lang>', async ({ page }) => {
  await openShow(page, '#/atlantic');
  await waitForRest(page, 'atlantic');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(title(page)).toHaveText(chapter('atlantic').title.en);
  const english = (await distance(page).textContent())!.match(/^[\d,.]+ km/)![0];
  expect(english).toMatch(/^\d{1,3}(,\d{3})* km$/);
  await expect(map(page).locator('.place-label', { hasText: placeById('hollywood').name.en })).toBeVisible();
  // Leaflet's own panes: the same ones after the switch, so the map was not re-created.
  const pane = map(page).locator('.leaflet-map-pane');
  await pane.evaluate((el) => el.setAttribute('data-before-switch', ''));

  await page.keyboard.press('l');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(title(page)).toHaveText(chapter('atlantic').title.fr);
  await expect(progress(page)).toHaveText(`Chapitre ${chapterIndex('atlantic') + 1} sur ${chapters.length}`);
  await expect(page.getByTestId('next-chapter')).toContainText(`À suivre ${chapter('courtney').title.fr}`);
  // « 8 900 km »: a narrow no-break space between thousands, a no-break space before the unit.
  await expect(distance(page)).toContainText(english.replaceAll(',', '\u202f').replace(' km', '\u00a0km'));
  await expect(distance(page)).toContainText('en avion, puis en parachute');
  await expect(map(page).locator('.place-label', { hasText: placeById('hollywood').name.fr })).toBeVisible();
  await expect(map(page).locator('.place-label', { hasText: placeById('hollywood').name.en })).toHaveCount(0);
  await expect(page.locator('.relay .node.current')).toContainText('Vol vers l’ouest');
  await expect(pane).toHaveAttribute('data-before-switch', '');
  await expect(map(page)).toHaveAttribute('data-chapter', 'atlantic');
  await expect(map(page)).toHaveAttribute('data-state', 'resting');

  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Touches' })).toContainText('Chapitre suivant');
  await page.keyboard.press('Escape');

  await page.keyboard.press('L');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(title(page)).toHaveText(chapter('atlantic').title.en);
  await expect(distance(page)).toContainText(english);
});

test('switching language in the middle of a leg lets it travel on: nothing replays', async ({ page }) => {
  await pauseClock(page);
  await openShow(page);
  const atlantic = chapterIndex('atlantic');
  await page.keyboard.type(String(atlantic));
  await page.keyboard.press('Enter');
  await waitForRest(page, chapters[atlantic - 1]!.id);
  await page.keyboard.press('ArrowRight');
  await page.clock.runFor(6_500);
  await expect(map(page)).toHaveAttribute('data-state', 'travelling');
  const before = await flagPosition(page);

  await page.keyboard.press('l');
  await expect(title(page)).toHaveText(chapter('atlantic').title.fr);
  // Still where it was on its way, not back at the start of the leg or flying again.
  await expect(map(page)).toHaveAttribute('data-state', 'travelling');
  expect(await flagPosition(page)).toEqual(before);
  await playToRest(page, 'atlantic');
});

test('in French a quote reads in French, in guillemets, with the words spoken below it, marked as English', async ({ page }) => {
  await openShow(page, '?lang=fr#/bach-peace');
  await waitForRest(page, 'bach-peace');
  const quotes = speeches.filter((s) => s.chapter === 'bach-peace');
  const main = page.locator('blockquote > q.main');
  await expect(main).toHaveText(quotes.map((q) => q.translation!.fr!));
  for (const q of await main.all()) await expect(q).toHaveAttribute('lang', 'fr');
  await expect(page.getByTestId('spoken')).toHaveText(quotes.map((q) => `Prononcé en anglais\u202f: ${curlySingleQuotes(q.text)}`));
  for (const q of await page.getByTestId('spoken').locator('q').all()) await expect(q).toHaveAttribute('lang', 'en');

  await page.keyboard.press('l');
  await expect(main).toHaveText(quotes.map((q) => curlySingleQuotes(q.text)));
  await expect(page.getByTestId('spoken')).toHaveCount(0);
});

test('?lang=fr starts the show in French; a language it does not have is named, and English is kept', async ({ page, expectErrors }) => {
  expectErrors(/--lang: expected a language/);
  await openShow(page, '?lang=fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(title(page)).toHaveText(chapters[0]!.title.fr);
  await expect(progress(page)).toHaveText(`Chapitre 1 sur ${chapters.length}`);

  await openShow(page, '?lang=de');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(title(page)).toHaveText(chapters[0]!.title.en);
  await expect(page.getByTestId('notices')).toContainText('--lang: expected a language: "en" or "fr"');
});
