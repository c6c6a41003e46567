/**
 * A dead basemap worker heals itself: with its script missing the map says so
 * in the log and keeps trying; once the script is back, the map is drawn.
 */
import { expect, test } from '@playwright/test';
import { serveWithout } from './support/missing-asset';

test('with its script missing, the basemap worker failure is logged and retried; when the script is back the map is drawn', async ({ page }) => {
  const app = await serveWithout((f) => f.startsWith('basemap.worker-'));
  const logged: string[] = [];
  page.on('console', (m) => logged.push(m.text()));
  try {
    await page.goto(new URL('index.html', app.url).href);
    await expect.poll(() => logged.find((l) => l.includes('basemap worker failed')), { timeout: 15_000 }).toBeTruthy();
    await expect(page.locator('canvas.leaflet-tile-loaded')).toHaveCount(0);
    app.restore();
    await expect.poll(() => logged.some((l) => l.includes('basemap worker restarted')), { timeout: 15_000 }).toBe(true);
    await expect(page.locator('canvas.leaflet-tile-loaded').first()).toBeVisible({ timeout: 15_000 });
    await expect(page.locator('.map')).toHaveAttribute('data-tiles', 'drawn', { timeout: 15_000 });
  } finally {
    await app.close();
  }
});
