/**
 * The presenter view: a second window for the speaker, kept in step with the
 * audience window over BroadcastChannel, whichever of the two is driven.
 * Two pages of one browser context stand for the two windows. The content is
 * the real story with speaker notes added to its first two chapters.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { startServer } from '../scripts/serve.mjs';
import { chapters, dataDirectory, type StoryChapter } from './support/story';
import { progress, waitForRest } from './support/show';

const NOTES = [
  { en: 'Pause here and let the stadium sound play.', fr: 'Marquez une pause et laissez parler le stade.' },
  {
    en: 'Let the music carry this one: the flame leaves the Tuileries in a lantern.\n\nThe report we follow says Versailles; the record says the Tuileries. If someone asks, the note in the content says why. Keep it short: the stadium is waiting, and the next chapter is the handover itself.',
    fr: 'Laissez la musique porter ce moment : la flamme quitte les Tuileries dans une lanterne.\n\nLe récit suivi parle de Versailles ; les archives disent les Tuileries. Si l’on vous pose la question, la note du contenu l’explique. Restez bref : le stade attend, et le chapitre suivant est la passation elle-même.',
  },
];

/** A chapter's title as the tests read it (one place to change when titles come in two languages). */
const titleOf = (chapter: StoryChapter): string => chapter.title.en;

let server: { url: string; close(): Promise<void> };
let dataDir: string;

test.beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'handover-presenter-'));
  cpSync(dataDirectory, dataDir, { recursive: true });
  const file = join(dataDir, 'chapters.json');
  const json = JSON.parse(readFileSync(file, 'utf8')) as { chapters: { notes?: unknown }[] };
  NOTES.forEach((notes, i) => (json.chapters[i]!.notes = notes));
  // The third chapter has none, for the placeholder.
  delete json.chapters[2]!.notes;
  writeFileSync(file, JSON.stringify(json));
  server = await startServer({ rendererDir: resolve(import.meta.dirname, '../out/renderer'), dataDir });
});

test.afterAll(async () => {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const url = (query: string) => new URL(`index.html${query}`, server.url).href;
const stage = (page: Page) => page.locator('.stage');
const presenterView = (page: Page) => page.getByTestId('presenter');

/** The audience window (windowed, so S may open windows; `query` adds settings) and a presenter view beside it, in step. */
async function openBoth(context: BrowserContext, query = ''): Promise<{ audience: Page; presenter: Page }> {
  const audience = await context.newPage();
  await audience.goto(url(`?windowed${query}`));
  await expect(stage(audience)).toHaveAttribute('data-chapter', chapters[0]!.id);
  const presenter = await context.newPage();
  await presenter.goto(url('?view=presenter'));
  await expectInStep(audience, presenter, 0);
  return { audience, presenter };
}

async function expectInStep(audience: Page, presenter: Page, index: number): Promise<void> {
  await expect(stage(audience)).toHaveAttribute('data-chapter', chapters[index]!.id);
  await expect(presenterView(presenter)).toHaveAttribute('data-chapter', chapters[index]!.id);
  await expect(presenter.getByTestId('presenter-progress')).toHaveText(`Chapter ${index + 1} of ${chapters.length}`);
  await expect(presenter.getByTestId('presenter-status')).not.toContainText('Waiting');
}

test('the presenter shows the current and next chapter with its notes, and keys in either window move both', async ({ context }) => {
  const { audience, presenter } = await openBoth(context);
  await expect(presenter.getByTestId('presenter-current')).toHaveText(titleOf(chapters[0]!));
  await expect(presenter.getByTestId('presenter-next')).toContainText(titleOf(chapters[1]!));
  await expect(presenter.getByTestId('presenter-notes')).toHaveText(NOTES[0]!.en);

  await presenter.keyboard.press('PageDown');
  await expectInStep(audience, presenter, 1);
  await expect(presenter.getByTestId('presenter-notes')).toHaveText(NOTES[1]!.en);
  await expect(presenter.getByTestId('presenter-next')).toContainText(titleOf(chapters[2]!));

  await audience.keyboard.press('ArrowRight');
  await expectInStep(audience, presenter, 2);
  await expect(presenter.getByTestId('presenter-notes')).toHaveText('No notes for this chapter.');

  await presenter.keyboard.press('PageUp');
  await expectInStep(audience, presenter, 1);
  await presenter.keyboard.press('End');
  await expectInStep(audience, presenter, chapters.length - 1);
  await expect(presenter.getByTestId('presenter-next')).toContainText('The end of the story');
});

test('a chapter number typed in the presenter, then Enter, takes both windows there', async ({ context }) => {
  const { audience, presenter } = await openBoth(context);
  await presenter.keyboard.type('4');
  await presenter.keyboard.press('Enter');
  await expectInStep(audience, presenter, 3);
});

test('the Next and Previous buttons move the audience', async ({ context }) => {
  const { audience, presenter } = await openBoth(context);
  await presenter.getByRole('button', { name: 'Next →' }).click();
  await presenter.getByRole('button', { name: 'Next →' }).click();
  await expectInStep(audience, presenter, 2);
  await presenter.getByRole('button', { name: '← Previous' }).click();
  await expectInStep(audience, presenter, 1);
  await expect(progress(audience)).toHaveText(`Chapter 2 of ${chapters.length}`);
});

test('the black screen and the language follow from the presenter; the presenter itself stays lit', async ({ context }) => {
  const { audience, presenter } = await openBoth(context);
  await presenter.keyboard.press('.');
  await expect(audience.getByTestId('blackout')).toBeVisible();
  await expect(presenter.getByTestId('presenter-blackout')).toBeVisible();
  await presenter.keyboard.press('Escape');
  await expect(audience.getByTestId('blackout')).toHaveCount(0);

  await presenter.keyboard.press('l');
  await expect(presenter.getByTestId('presenter-notes')).toHaveText(NOTES[0]!.fr);
  await expect(presenter.getByTestId('presenter-progress')).toHaveText(`Chapitre 1 sur ${chapters.length}`);
  await expect(presenter.locator('html')).toHaveAttribute('lang', 'fr');
  await audience.keyboard.press('l');
  await expect(presenter.getByTestId('presenter-notes')).toHaveText(NOTES[0]!.en);
});

test('closing or reloading the presenter leaves the audience on its chapter, with no error', async ({ context }) => {
  // No error: the suite's rule (support/test.ts) fails the test on any error or warning in either window.
  const { audience, presenter } = await openBoth(context);
  await presenter.keyboard.press('ArrowRight');
  await expectInStep(audience, presenter, 1);
  await presenter.reload();
  await expectInStep(audience, presenter, 1);
  await presenter.close();
  await audience.keyboard.press('ArrowRight');
  await expect(stage(audience)).toHaveAttribute('data-chapter', chapters[2]!.id);
  await expect(progress(audience)).toHaveText(`Chapter 3 of ${chapters.length}`);
});

test('a presenter opened before the audience waits, then follows it; it says when the audience is gone', async ({ context }) => {
  const presenter = await context.newPage();
  await presenter.goto(url('?view=presenter#/' + chapters[2]!.id));
  await expect(presenter.getByTestId('presenter-status')).toContainText('Waiting for the audience window');
  await expect(presenterView(presenter)).toHaveAttribute('data-chapter', chapters[2]!.id);
  const audience = await context.newPage();
  await audience.goto(url('?windowed#/' + chapters[4]!.id));
  await expectInStep(audience, presenter, 4);
  await audience.close({ runBeforeUnload: true });
  await expect(presenter.getByTestId('presenter-status')).toContainText('The audience window is closed');
});

test('the elapsed time counts from when the presenter opened, and Reset starts it again', async ({ context }) => {
  // Stopped: time moves only when the test says so.
  const evening = new Date('2024-08-11T21:00:00').getTime();
  await context.clock.install({ time: evening });
  await context.clock.pauseAt(evening + 1000);
  const { presenter } = await openBoth(context);
  const elapsed = presenter.getByTestId('elapsed');
  await expect(elapsed).toHaveText('0:00');
  await expect(presenter.getByTestId('clock')).toHaveText(/^9:0\d\sPM$/);
  await context.clock.runFor(65_000);
  await expect(elapsed).toHaveText('1:05');
  await context.clock.runFor(3_600_000);
  await expect(elapsed).toHaveText('1:01:05');
  await presenter.getByRole('button', { name: 'Reset the elapsed time to zero' }).click();
  await expect(elapsed).toHaveText('0:00');
  await context.clock.runFor(2_000);
  await expect(elapsed).toHaveText('0:02');
});

test('S opens the presenter view in a second window, and again only brings it forward', async ({ context }) => {
  const audience = await context.newPage();
  await audience.goto(url('?windowed#/' + chapters[1]!.id));
  await expect(stage(audience)).toHaveAttribute('data-chapter', chapters[1]!.id);
  const popup = audience.waitForEvent('popup');
  await audience.keyboard.press('s');
  const presenter = await popup;
  await expectInStep(audience, presenter, 1);
  await audience.keyboard.press('s');
  await presenter.keyboard.press('ArrowRight');
  await expectInStep(audience, presenter, 2);
  expect(context.pages()).toHaveLength(2);
});

test('?presenter opens the presenter view at start', async ({ context }) => {
  const audience = await context.newPage();
  const popup = audience.waitForEvent('popup');
  await audience.goto(url('?presenter'));
  await expectInStep(audience, await popup, 0);
});

test('in the kiosk, S opens no window', async ({ context }) => {
  const audience = await context.newPage();
  await audience.goto(url(''));
  await expect(stage(audience)).toHaveAttribute('data-chapter', chapters[0]!.id);
  await audience.keyboard.press('s');
  await audience.keyboard.press('ArrowRight');
  await expect(progress(audience)).toHaveText(`Chapter 2 of ${chapters.length}`);
  expect(context.pages()).toHaveLength(1);
});

test('screenshots of the presenter view at 1920x1080 and 1366x768, in English and in French', async ({ context }) => {
  const { audience, presenter } = await openBoth(context);
  await presenter.keyboard.press('ArrowRight');
  // Shown as the speaker sees them once the leg has played: both pictures at rest, their maps drawn.
  await waitForRest(audience, chapters[1]!.id);
  for (const id of ['presenter-picture', 'presenter-next-picture']) {
    await expect(presenter.getByTestId(id).locator('.map')).toHaveAttribute('data-state', 'resting');
    await expect(presenter.getByTestId(id).locator('.map')).toHaveAttribute('data-tiles', 'drawn');
  }
  for (const lang of ['en', 'fr'] as const) {
    for (const [width, height] of [
      [1920, 1080],
      [1366, 768],
    ] as const) {
      await presenter.setViewportSize({ width, height });
      await expect(presenter.getByTestId('presenter-notes')).toHaveText(NOTES[1]![lang]);
      await presenter.screenshot({ path: `test-results/screenshots/presenter-${lang}-${width}x${height}.png` });
    }
    // French, with the black screen on and a chapter number being typed: the longest status line.
    await presenter.keyboard.press('l');
    await presenter.keyboard.press('b');
    await presenter.keyboard.press('1');
  }
});

test('a speaker at the presenter view keeps autoplay away: the idle time counts from their last key', async ({ context }) => {
  const evening = new Date('2024-08-11T21:00:00').getTime();
  await context.clock.install({ time: evening });
  await context.clock.pauseAt(evening + 1000);
  const { audience, presenter } = await openBoth(context, '&autoplay&idle=20');
  const autoplay = audience.getByText('Autoplay', { exact: true });
  await expect(autoplay).toBeVisible();

  await presenter.keyboard.press('PageDown');
  await expectInStep(audience, presenter, 1);
  await expect(autoplay).toHaveCount(0);
  await context.clock.runFor(15_000);
  await presenter.keyboard.press('PageUp');
  await expectInStep(audience, presenter, 0);
  await context.clock.runFor(15_000);
  await expect(autoplay).toHaveCount(0);
  await context.clock.runFor(6_000);
  await expect(autoplay).toBeVisible();
});

/** A key pressed on a French AZERTY keyboard: the key in `code`'s place, typing `key`. */
async function pressAzerty(page: Page, code: string, key: string): Promise<void> {
  await page.evaluate(
    ([code, key]) => {
      for (const type of ['keydown', 'keyup']) window.dispatchEvent(new KeyboardEvent(type, { code, key, bubbles: true, cancelable: true }));
    },
    [code, key] as const,
  );
}

test('a talk in French from an AZERTY laptop: clicker, black screen and go-to from the presenter view, to the last chapter', async ({ context }) => {
  const audience = await context.newPage();
  await audience.goto(url('?windowed&lang=fr'));
  const presenter = await context.newPage();
  await presenter.goto(url('?view=presenter'));
  await expect(presenter.getByTestId('presenter-progress')).toHaveText(`Chapitre 1 sur ${chapters.length}`);
  await expect(presenter.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(presenter.getByTestId('presenter-notes')).toHaveText(NOTES[0]!.fr);

  // The clicker: Page Down, twice.
  await presenter.keyboard.press('PageDown');
  await presenter.keyboard.press('PageDown');
  await expect(stage(audience)).toHaveAttribute('data-chapter', chapters[2]!.id);
  await expect(audience.locator('.panel h1')).toHaveText(chapters[2]!.title.fr);

  // Its black-screen button sends the key in the '.' place, which types ':' on AZERTY.
  await pressAzerty(presenter, 'Period', ':');
  await expect(audience.getByTestId('blackout')).toBeVisible();
  await pressAzerty(presenter, 'Period', ':');
  await expect(audience.getByTestId('blackout')).toHaveCount(0);

  // G, then 1 and 7 on the top row (typing & and è unshifted on AZERTY), then Enter.
  const last = chapters.length;
  await pressAzerty(presenter, 'KeyG', 'g');
  for (const digit of String(last)) await pressAzerty(presenter, `Digit${digit}`, { '1': '&', '7': 'è' }[digit] ?? digit);
  await pressAzerty(presenter, 'Enter', 'Enter');
  await expect(stage(audience)).toHaveAttribute('data-chapter', chapters[last - 1]!.id);
  await expect(audience.locator('.panel h1')).toHaveText(chapters[last - 1]!.title.fr);
  await expect(presenter.getByTestId('presenter-current')).toHaveText(chapters[last - 1]!.title.fr);
  await expect(presenter.getByTestId('presenter-notes')).toHaveText(chapters[last - 1]!.notes!.fr);
});
