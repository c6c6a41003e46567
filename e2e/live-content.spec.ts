/**
 * Content edited while the show runs: a good edit lands at the current chapter
 * without a restart; a broken, half-written or missing file keeps the last good
 * content on screen and tells the operator (in the help, ?) and the log.
 */
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { startServer } from '../scripts/serve.mjs';
import { chapterIndex, chapters, dataDirectory } from './support/story';
import { waitForRest } from './support/show';

const rendererDir = resolve(import.meta.dirname, '../out/renderer');

/** Serves a copy of the content from a folder the test may edit, and opens the show at `hash`. */
async function liveShow(page: Page, hash = '') {
  const base = mkdtempSync(join(tmpdir(), 'handover-live-'));
  const dir = join(base, 'content');
  cpSync(dataDirectory, dir, { recursive: true });
  const server = await startServer({ rendererDir, dataDir: dir });
  await page.goto(new URL(`index.html${hash}`, server.url).href);
  const chaptersFile = () => join(dir, 'chapters.json');
  const setTitle = (id: string, title: string, fr = title) => {
    const json = JSON.parse(readFileSync(chaptersFile(), 'utf8'));
    json.chapters.find((c: { id: string }) => c.id === id).title = { en: title, fr };
    writeFileSync(chaptersFile(), JSON.stringify(json, null, 2));
  };
  return {
    base,
    dir,
    chaptersFile,
    setTitle,
    close: async () => {
      await server.close();
      rmSync(base, { recursive: true, force: true });
    },
  };
}

const title = (page: Page, text: string) => page.getByRole('heading', { name: text, exact: true });

test('a good edit appears without a restart, on the chapter that was showing', async ({ page }) => {
  const live = await liveShow(page, '#/atlantic');
  await waitForRest(page, 'atlantic');
  live.setTitle('atlantic', 'Over the ocean');
  await expect(title(page, 'Over the ocean')).toBeVisible();
  await waitForRest(page, 'atlantic');
  await live.close();
});

test('a good edit keeps the language the show is in', async ({ page }) => {
  const live = await liveShow(page, '#/atlantic');
  await waitForRest(page, 'atlantic');
  await page.keyboard.press('l');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  live.setTitle('atlantic', 'Over the ocean', 'Au-dessus de l’océan');
  await expect(title(page, 'Au-dessus de l’océan')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await live.close();
});

test('a half-written save keeps the last good content and tells the operator; the finished save lands', async ({ page, expectErrors }) => {
  expectErrors(/Content edit refused, the last good content stays on: data\/chapters\.json: expected valid JSON/);
  const live = await liveShow(page, '#/atlantic');
  await waitForRest(page, 'atlantic');
  const good = readFileSync(live.chaptersFile(), 'utf8');
  writeFileSync(live.chaptersFile(), good.slice(0, good.length / 2));
  await page.keyboard.press('Shift+Slash');
  await expect(page.getByTestId('operator-notes')).toContainText('Content edit refused, the last good content stays on: data/chapters.json');
  await page.keyboard.press('Escape');
  const atlantic = chapters[chapterIndex('atlantic')]!.title.en;
  await expect(title(page, atlantic)).toBeVisible();
  writeFileSync(live.chaptersFile(), good.replace(JSON.stringify(atlantic), '"Finished save"'));
  await expect(title(page, 'Finished save')).toBeVisible();
  await live.close();
});

test('a burst of saves ends on the last one', async ({ page }) => {
  const live = await liveShow(page, '#/courtney');
  await waitForRest(page, 'courtney');
  for (const t of ['One', 'Two', 'Three', 'Last of the burst']) live.setTitle('courtney', t);
  await expect(title(page, 'Last of the burst')).toBeVisible();
  await live.close();
});

test('a deleted file and a renamed folder keep the show on; putting them back brings the edits in', async ({ page, expectErrors }) => {
  // The files gone are fetched and refused (404) until they are back.
  expectErrors(
    /Content edit refused, the last good content stays on: data\/\w+\.json: expected the file to exist/,
    /Failed to load resource: the server responded with a status of 404/,
  );
  const live = await liveShow(page, '#/courtney');
  await waitForRest(page, 'courtney');
  const speeches = join(live.dir, 'speeches.json');
  const saved = readFileSync(speeches, 'utf8');
  rmSync(speeches);
  await page.keyboard.press('Shift+Slash');
  await expect(page.getByTestId('operator-notes')).toContainText('speeches.json');
  await page.keyboard.press('Escape');
  writeFileSync(speeches, saved);
  renameSync(live.dir, `${live.dir}-moved`);
  await page.keyboard.press('Shift+Slash');
  await expect(page.getByTestId('operator-notes')).toContainText('places.json');
  await page.keyboard.press('Escape');
  await waitForRest(page, 'courtney');
  renameSync(`${live.dir}-moved`, live.dir);
  live.setTitle('courtney', 'Back in place');
  await expect(title(page, 'Back in place')).toBeVisible();
  await live.close();
});

test('a folder replaced file by file keeps the last good story on screen until all of the new content is in', async ({ page, expectErrors }) => {
  // The new chapters.json names a place the old places.json lacks, and the new places.json lacks one the old chapters.json names.
  expectErrors(/Content edit refused, the last good content stays on: data\/chapters\.json.*expected a place id from places\.json, got "hollywood-hills"/);
  const live = await liveShow(page, '#/atlantic');
  await waitForRest(page, 'atlantic');
  const atlantic = chapters[chapterIndex('atlantic')]!.title.en;
  // The new content, as rsync or Syncthing would bring it: a place renamed, a title changed.
  const newText = (file: string) => readFileSync(join(live.dir, file), 'utf8').replaceAll('"hollywood"', '"hollywood-hills"');
  const next = {
    'chapters.json': newText('chapters.json').replace(JSON.stringify(atlantic), '"The new story over the ocean"'),
    'speeches.json': `${newText('speeches.json')}\n`,
    'places.json': newText('places.json'),
  };
  const renameIntoPlace = (file: keyof typeof next) => {
    const temporary = join(live.dir, `.${file}.partial`);
    writeFileSync(temporary, next[file]);
    renameSync(temporary, join(live.dir, file));
  };
  let refusals = 0;
  page.on('console', (m) => void (m.text().includes('Content edit refused') && refusals++));
  /** Each inconsistent folder is read (and refused), and the old story stays on screen, never a blank. */
  const oldStoryStays = async (refusedBefore: number) => {
    await expect.poll(() => refusals).toBeGreaterThan(refusedBefore);
    await page.keyboard.press('Shift+Slash');
    await expect(page.getByTestId('operator-notes')).toContainText('"hollywood-hills"');
    await page.keyboard.press('Escape');
    await expect(title(page, atlantic)).toBeVisible();
    await expect(page.locator('.map')).toHaveAttribute('data-chapter', 'atlantic');
    return refusals;
  };
  renameIntoPlace('chapters.json');
  await oldStoryStays(0);
  const refusedOnce = refusals;
  renameIntoPlace('speeches.json');
  await oldStoryStays(refusedOnce);
  renameIntoPlace('places.json');
  await expect(title(page, 'The new story over the ocean')).toBeVisible();
  await waitForRest(page, 'atlantic');
  await live.close();
});
