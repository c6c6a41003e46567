/**
 * 1920x1080 screenshots of the map with the diagram and the quotes, kept as
 * test artifacts (test-results/screenshots) to look at. Each also checks that
 * the map has finished drawing: no blank basemap tiles.
 */
import { expect, test } from './support/test';
import { chapterIndex } from './support/story';
import { openShow, waitForRest } from './support/show';

const SHOTS = ['overview', 'flame', 'rings', 'bach-new-era', 'bach-peace', 'handover', 'cruise', 'atlantic', 'courtney', 'eaton', 'concert', 'flame-out', 'next'];

for (const id of SHOTS) {
  test(`screenshot: ${id}`, async ({ page }) => {
    await openShow(page);
    const index = chapterIndex(id);
    if (index > 0) {
      // Play the chapter's own leg: jump to the one before, then step forward.
      await page.keyboard.type(String(index));
      await page.keyboard.press('Enter');
      await page.keyboard.press('ArrowRight');
    }
    await waitForRest(page, id);
    await expect(page.locator('.leaflet-tile-container canvas.leaflet-tile:not(.leaflet-tile-loaded)')).toHaveCount(0);
    await page.screenshot({ path: `test-results/screenshots/${String(index + 1).padStart(2, '0')}-${id}.png` });
  });
}
