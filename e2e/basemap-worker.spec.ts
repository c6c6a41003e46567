/**
 * A dead basemap worker heals itself: with its script missing the map says so
 * in the log and keeps trying; once the script is back, the map is drawn.
 */
import { cpSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from './support/test';
import { startServer } from '../scripts/serve.mjs';
import { dataDirectory } from './support/story';

const builtRenderer = resolve(import.meta.dirname, '../out/renderer');

test('with its script missing, the basemap worker failure is logged and retried; when the script is back the map is drawn', async ({ page, expectErrors }) => {
  expectErrors(/basemap worker failed/, /basemap worker restarted/);
  const renderer = mkdtempSync(join(tmpdir(), 'handover-renderer-'));
  cpSync(builtRenderer, renderer, { recursive: true });
  const assets = join(renderer, 'assets');
  const worker = readdirSync(assets).find((f) => f.startsWith('basemap.worker-'))!;
  renameSync(join(assets, worker), join(assets, `${worker}.away`));
  const server = await startServer({ rendererDir: renderer, dataDir: dataDirectory });
  const logged: string[] = [];
  page.on('console', (m) => logged.push(m.text()));
  try {
    await page.goto(new URL('index.html', server.url).href);
    await expect.poll(() => logged.find((l) => l.includes('basemap worker failed')), { timeout: 15_000 }).toBeTruthy();
    await expect(page.locator('canvas.leaflet-tile-loaded')).toHaveCount(0);
    renameSync(join(assets, `${worker}.away`), join(assets, worker));
    await expect.poll(() => logged.some((l) => l.includes('basemap worker restarted')), { timeout: 15_000 }).toBe(true);
    await expect(page.locator('canvas.leaflet-tile-loaded').first()).toBeVisible({ timeout: 15_000 });
    await expect(page.locator('.map')).toHaveAttribute('data-tiles', 'drawn', { timeout: 15_000 });
  } finally {
    await server.close();
    rmSync(renderer, { recursive: true, force: true });
  }
});
