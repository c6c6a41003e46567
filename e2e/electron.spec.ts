/**
 * The built app in Electron itself, where Electron's binary is installed.
 * Elsewhere it skips and says why; the other specs test the same build in Chromium.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, type ElectronApplication, type Page } from '@playwright/test';
import { expect, test } from './support/test';
import { findElectronBinary } from '../scripts/electron-binary.mjs';
import { chapters } from './support/story';
import { waitForRest } from './support/show';

const binary = findElectronBinary();
const isRoot = process.getuid?.() === 0;

/** Starts the app with `flags` and its own user-data folder (no config file, a fresh log). */
async function launch(flags: string[]): Promise<{ app: ElectronApplication; page: Page }> {
  if (!binary.found) throw new Error('no Electron binary');
  const userData = mkdtempSync(join(tmpdir(), 'handover-electron-'));
  const app = await electron.launch({
    executablePath: binary.path,
    // Chromium refuses to run as root with its sandbox on (CI containers).
    args: ['.', `--user-data-dir=${userData}`, ...flags, ...(isRoot ? ['--no-sandbox'] : [])],
  });
  return { app, page: await app.firstWindow() };
}

test.describe('Electron', () => {
  test.skip(!binary.found, binary.found ? '' : skipReason(binary.reason));

  test('the window is Handover, isolated from Node, with the preload API and no pop-ups', async () => {
    const { app, page } = await launch(['--windowed']);
    try {
      await expect(page).toHaveTitle(/Handover/);
      const seen = await page.evaluate(() => {
        const global = globalThis as unknown as { handover?: unknown; require?: unknown; open(url: string): unknown };
        return {
          handover: typeof global.handover,
          require: typeof global.require,
          popup: global.open('https://example.com/'),
        };
      });
      expect(seen).toEqual({ handover: 'object', require: 'undefined', popup: null });
    } finally {
      await app.close();
    }
  });

  test('the content comes over app://, and flags reach the page through IPC', async () => {
    const { app, page } = await launch(['--windowed', '--autoplay', '--idle=soon']);
    try {
      expect(page.url()).toMatch(/^app:\/\/handover\//);
      await waitForRest(page, chapters[0]!.id);
      await expect(page.getByText('Autoplay', { exact: true })).toBeVisible();
      await expect(page.getByTestId('notices')).toContainText('--idle: expected a whole number of seconds');
    } finally {
      await app.close();
    }
  });

  test('a request off the app is blocked', async () => {
    const { app, page } = await launch(['--windowed']);
    try {
      const outcome = await page.evaluate(() =>
        fetch('https://example.com/').then(
          () => 'fetched',
          () => 'blocked',
        ),
      );
      expect(outcome).toBe('blocked');
    } finally {
      await app.close();
    }
  });

  test('the kiosk refuses to close, and the operator chord quits', async () => {
    const { app, page } = await launch([]);
    await waitForRest(page, chapters[0]!.id);
    const closed = await app.evaluate(({ BrowserWindow }) => {
      BrowserWindow.getAllWindows()[0]!.close();
      return BrowserWindow.getAllWindows().length === 0;
    });
    expect(closed).toBe(false);
    const exited = new Promise((resolve) => app.process().once('exit', resolve));
    await page.keyboard.press('Control+Shift+KeyQ');
    await exited;
  });

  test('S opens the presenter view in a second window that drives the show; again, it only comes forward; closing it leaves the show', async () => {
    const { app, page } = await launch(['--windowed']);
    try {
      await waitForRest(page, chapters[0]!.id);
      const opened = app.waitForEvent('window');
      await page.keyboard.press('s');
      const presenter = await opened;
      expect(presenter.url()).toBe('app://handover/index.html?view=presenter');
      await expect(presenter.getByTestId('presenter-progress')).toHaveText(`Chapter 1 of ${chapters.length}`);
      await presenter.keyboard.press('PageDown');
      await expect(page.locator('.map')).toHaveAttribute('data-chapter', chapters[1]!.id);
      await page.keyboard.press('s');
      await page.keyboard.press('PageDown');
      await expect(presenter.getByTestId('presenter-progress')).toHaveText(`Chapter 3 of ${chapters.length}`);
      expect(app.windows()).toHaveLength(2);
      await presenter.close();
      await page.keyboard.press('PageDown');
      await expect(page.locator('.map')).toHaveAttribute('data-chapter', chapters[3]!.id);
      expect(app.windows()).toHaveLength(1);
    } finally {
      await app.close();
    }
  });

  test('a kiosk opens the presenter view with --presenter, and without it S opens nothing', async () => {
    const withPresenter = await launch(['--presenter']);
    try {
      const presenter = withPresenter.app.windows().find((w) => w.url().includes('view=presenter')) ?? (await withPresenter.app.waitForEvent('window'));
      await expect(presenter.getByTestId('presenter-progress')).toHaveText(`Chapter 1 of ${chapters.length}`);
    } finally {
      await withPresenter.app.evaluate(({ app }) => app.exit(0)).catch(() => {});
    }
    const { app, page } = await launch([]);
    try {
      await waitForRest(page, chapters[0]!.id);
      await page.keyboard.press('s');
      await page.keyboard.press('PageDown');
      await expect(page.locator('.map')).toHaveAttribute('data-chapter', chapters[1]!.id);
      expect(app.windows()).toHaveLength(1);
    } finally {
      await app.evaluate(({ app }) => app.exit(0)).catch(() => {});
    }
  });

  test('a crashed renderer comes back within 2 s, in the chapter it was showing', async () => {
    const { app, page } = await launch(['--windowed']);
    try {
      const id = chapters[3]!.id;
      await page.evaluate((hash) => (location.hash = hash), `#/${id}`);
      await waitForRest(page, id);
      await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.webContents.forcefullyCrashRenderer());
      await page.waitForEvent('load', { timeout: 5_000 });
      await expect(page.locator('.map')).toHaveAttribute('data-chapter', id, { timeout: 2_000 });
    } finally {
      await app.close();
    }
  });
});

function skipReason(reason: string): string {
  const message = `Electron binary not installed on this machine (${reason}; it cannot be downloaded here): skipped; the same build is tested in Chromium by the other specs`;
  console.log(message);
  return message;
}
