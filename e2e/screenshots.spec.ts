/**
 * 1920x1080 screenshots of the map with the diagram and the quotes, kept as
 * test artifacts (test-results/screenshots) to look at. Each chapter is shown
 * as it rests once its leg has played: the show goes back to it by its number,
 * which lands at once in that final state (walkthrough.spec.ts checks that
 * playing a leg ends there). Each shot waits until the map has finished
 * drawing: every basemap tile in view has its final drawing, none is blank.
 */
import { expect, test } from './support/test';
import { chapterIndex } from './support/story';
import { map, waitForRest } from './support/show';

const SHOTS = [
  'overview',
  'flame',
  'rings',
  'bach-new-era',
  'bach-peace',
  'handover',
  'cruise',
  'atlantic',
  'courtney',
  'eaton',
  'concert',
  'flame-out',
  'next',
];

test('screenshots of the chapters at rest, each with its map drawn', async ({ page }) => {
  // From the last chapter back to the first: going back to a chapter by its number lands at once.
  const shots = [...SHOTS].reverse();
  await page.goto(`/index.html#/${shots[0]}`);
  for (const id of shots) {
    await test.step(id, async () => {
      const index = chapterIndex(id);
      if (id !== shots[0]) {
        await page.keyboard.type(String(index + 1));
        await page.keyboard.press('Enter');
      }
      await waitForRest(page, id);
      await expect(map(page)).toHaveAttribute('data-tiles', 'drawn');
      await expect(page.locator('.leaflet-tile-container canvas.leaflet-tile:not(.leaflet-tile-loaded)')).toHaveCount(0);
      // The panel's words fade in and the timeline fills, on CSS transitions: shown as they end, not half-way.
      await page.screenshot({ path: `test-results/screenshots/${String(index + 1).padStart(2, '0')}-${id}.png`, animations: 'disabled' });
    });
  }
});
