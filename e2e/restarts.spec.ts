/**
 * Restarts: start-up never hangs (what fails on the way in takes the restart
 * road, later each time, then a screen that names the cause, never a loading
 * screen for ever); a presenter view opened on broken content takes its keys
 * once fixed; a restart of the show leaves nothing broken behind in the log.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { DEFAULT_SETTINGS } from '../src/shared/config';
import { startServer } from '../scripts/serve.mjs';
import { chapters, dataDirectory } from './support/story';
import { map, waitForRest } from './support/show';

/**
 * Stands in for the preload's `window.handover` (the app reads it first, as in
 * Electron): getStartup() rejects `failures` times, then answers.
 */
async function preloadThatFails(page: Page, failures: number): Promise<void> {
  await page.addInitScript(
    ({ failures, settings }) => {
      let calls = 0;
      (window as unknown as { handover: unknown }).handover = {
        getStartup: () => (++calls <= failures ? Promise.reject(new Error('the main process did not answer')) : Promise.resolve({ settings, problems: [] })),
        log: () => {},
        openPresenter: () => {},
        reportStatus: () => {},
      };
    },
    { failures, settings: { ...DEFAULT_SETTINGS, kiosk: false } },
  );
}

test('a rejected getStartup() restarts the start-up after 5 s, and the show comes', async ({ page, expectErrors }) => {
  expectErrors(/the show stopped on an error and restarts in 5 s: the show could not start/);
  const logged: string[] = [];
  page.on('console', (m) => logged.push(m.text()));
  await preloadThatFails(page, 1);
  await page.goto('/index.html');
  await expect(page.getByRole('status').filter({ hasText: 'One moment: the show is starting again' })).toBeVisible();
  expect(logged).toContain('[handover] the show stopped on an error and restarts in 5 s: the show could not start: Error: the main process did not answer');
  await expect(map(page)).toHaveAttribute('data-state', 'resting', { timeout: 15_000 });
  await expect(map(page)).toHaveAttribute('data-chapter', chapters[0]!.id);
});

test('a getStartup() that always rejects ends, after 5, 10, 20 and 40 s, on the stopped screen with its cause', async ({ page, expectErrors }) => {
  expectErrors(/the show stopped on an error and restarts in \d+ s: the show could not start/, /the show stopped on errors too often/);
  await page.clock.install();
  await preloadThatFails(page, 99);
  await page.goto('/index.html');
  for (const seconds of [5, 10, 20, 40]) {
    await expect(page.getByText('One moment: the show is starting again')).toBeVisible();
    await page.clock.runFor(seconds * 1000);
  }
  const stopped = page.getByRole('alert');
  await expect(stopped).toContainText('The show has stopped');
  await expect(stopped).toContainText('the show could not start: Error: the main process did not answer');
});

test('a presenter view opened on broken content shows the story once it is fixed, and its keys work', async ({ page, expectErrors }) => {
  expectErrors(/data\/chapters\.json: expected valid JSON/);
  const dataDir = mkdtempSync(join(tmpdir(), 'handover-presenter-broken-'));
  cpSync(dataDirectory, dataDir, { recursive: true });
  const file = join(dataDir, 'chapters.json');
  const good = readFileSync(file, 'utf8');
  writeFileSync(file, '{"chapters": [');
  const server = await startServer({ rendererDir: resolve(import.meta.dirname, '../out/renderer'), dataDir });
  try {
    await page.goto(new URL('index.html?view=presenter', server.url).href);
    await expect(page.getByTestId('content-error')).toContainText('data/chapters.json');
    writeFileSync(file, good);
    await expect(page.getByTestId('presenter-progress')).toHaveText(`Chapter 1 of ${chapters.length}`);
    await page.keyboard.press('PageDown');
    await expect(page.getByTestId('presenter-progress')).toHaveText(`Chapter 2 of ${chapters.length}`);
  } finally {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('a restart of the show, in the very task that starts a flight, logs the restart and no other error', async ({ page, expectErrors }) => {
  // Only the restart itself is expected: the shared fixture fails the test on any other error (Leaflet's canvas drawing on the removed map was one).
  expectErrors(/the show stopped on an error and restarts in 5 s: Error: injected fault: cannot write the address/);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto('/index.html');
  await waitForRest(page, chapters[0]!.id);
  // The fault: writing the address (Stage's effect) throws once, as the flight to the next chapter starts.
  await page.evaluate(() => {
    const real = history.replaceState.bind(history);
    let left = 1;
    history.replaceState = (...args: Parameters<History['replaceState']>) => {
      if (left-- > 0) throw new Error('injected fault: cannot write the address');
      real(...args);
    };
  });
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText('One moment: the show is starting again')).toBeVisible();
  await waitForRest(page, chapters[1]!.id);
  expect(errors).toEqual(['[handover] the show stopped on an error and restarts in 5 s: Error: injected fault: cannot write the address']);
});
