/**
 * A city map file that cannot be loaded reaches the operator's log, naming
 * the file, and is tried again with the back-off: once it is back, the city
 * is drawn (it never stays only in the worker's console).
 */
import { expect, test } from './support/test';
import { serveWithout } from './support/missing-asset';

test('a missing city map is logged by name and loaded once it is back, and the city is drawn', async ({ page, expectErrors }) => {
  // The operator's log says the file is missing, then that it is back (after one failed attempt, or more on a busy machine): both on purpose here.
  expectErrors(/cannot load the city map .*paris-.*\.bin/, /the city map .*paris-.*\.bin loaded after \d+ failed attempts?/);
  const app = await serveWithout((f) => f.startsWith('paris-') && f.endsWith('.bin'));
  const logged: string[] = [];
  page.on('console', (m) => logged.push(m.text()));
  try {
    await page.goto(new URL('index.html#/rings', app.url).href);
    await expect.poll(() => logged.find((l) => l.includes('cannot load the city map') && l.includes(app.asset)), { timeout: 15_000 }).toBeTruthy();
    // Meanwhile the map is drawn without the city, not left waiting.
    await expect(page.locator('.map')).toHaveAttribute('data-tiles', 'drawn', { timeout: 15_000 });
    expect(await page.locator('.city-name').count()).toBe(0);
    app.restore();
    await expect.poll(() => logged.some((l) => l.includes(`${app.asset} loaded after`)), { timeout: 20_000 }).toBe(true);
    await expect(page.locator('.city-name span').filter({ hasText: /^Saint-Denis$/ })).toBeVisible({ timeout: 15_000 });
    await expect(page.locator('.map')).toHaveAttribute('data-tiles', 'drawn', { timeout: 15_000 });
  } finally {
    await app.close();
  }
});
