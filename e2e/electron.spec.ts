/**
 * The built app in Electron itself, where Electron's binary is installed.
 * Elsewhere it skips and says why; the other specs test the same build in Chromium.
 */
import { _electron as electron, expect, test } from '@playwright/test';
import { findElectronBinary } from '../scripts/electron-binary.mjs';

const binary = findElectronBinary();
const isRoot = process.getuid?.() === 0;

test.describe('Electron', () => {
  test.skip(!binary.found, binary.found ? '' : skipReason(binary.reason));

  test('the window is Handover, isolated from Node, with the preload API and no pop-ups', async () => {
    if (!binary.found) return;
    const app = await electron.launch({
      executablePath: binary.path,
      // Chromium refuses to run as root with its sandbox on (CI containers).
      args: ['.', '--windowed', ...(isRoot ? ['--no-sandbox'] : [])],
    });
    try {
      const page = await app.firstWindow();
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
});

function skipReason(reason: string): string {
  const message = `Electron binary not installed on this machine (${reason}; it cannot be downloaded here): skipped; the same build is tested in Chromium by the other specs`;
  console.log(message);
  return message;
}
