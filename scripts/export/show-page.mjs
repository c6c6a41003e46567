// @ts-check
/** Waiting on the show's page as the exports need it, and naming what went wrong. */

/**
 * Until chapter `id` is at rest with every basemap tile in view finally drawn.
 * @param {import('@playwright/test').Page} page @param {string} id
 */
export async function waitForChapter(page, id) {
  await page.locator(`.map[data-chapter="${id}"][data-state="resting"]`).waitFor({ timeout: 30_000 });
  // The tiles of the new view are asked for as the camera lands: a frame later, then until none is still drawing.
  await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
  await page.locator('.map:not([data-tiles="drawing"])').waitFor({ timeout: 30_000 });
}

/**
 * The content's problems as the app logged them (file, field, what was expected).
 * @param {readonly string[]} logged @param {string | null} dataDir
 */
export const contentProblems = (logged, dataDir) =>
  `the story's content in ${dataDir ?? 'data/'} cannot be used:\n  ${logged.map((line) => line.replace(/^\[handover\] /, '')).join('\n  ') || '(no problem was named)'}`;
