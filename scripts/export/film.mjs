// @ts-check
/**
 * `--video FILE`: the attract loop as a film. The show runs with autoplay on
 * a fake clock (Playwright's page.clock, which drives its timers, animation
 * frames and Date) and its CSS and Web animations are held and moved on by
 * hand, so each frame is the show exactly 1/fps later, however long the
 * machine takes to draw it: the flights, the flag travelling, the route
 * drawing, the diagram and the quotes. Frames go to ffmpeg as JPEG; ffmpeg
 * writes H.264 to a temporary file, renamed when the film is whole.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ExportError } from './options.mjs';
import { findEncoder, startEncoder } from './encoder.mjs';
import { prepareOutput } from './output.mjs';
import { bar, clock, progressLine } from './progress.mjs';
import { openSession } from './session.mjs';
import { contentProblems } from './show-page.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
/** The evening of the closing ceremony, for the fake clock (the show reads no date, but Date must be something). */
const EVENING = new Date('2024-08-11T21:00:00Z').getTime();
/** How long a frame may wait (real time) for the basemap's worker to draw the tiles in view. */
const TILE_WAIT_MS = 3000;

/** Moves every CSS and Web animation on by `dt` ms (the page's own animation clock is stopped). */
const ADVANCE_ANIMATIONS = `(dt) => {
  for (const animation of document.getAnimations()) {
    if (animation.playState !== 'finished') animation.currentTime = (Number(animation.currentTime) || 0) + dt;
  }
}`;

/** @param {import('./options.mjs').ExportOptions} options */
export async function exportFilm(options) {
  const ffmpeg = findEncoder();
  const output = prepareOutput(options.file);
  const session = await openSession(options);
  const progress = progressLine();
  /** @type {ReturnType<typeof startEncoder> | null} */
  let encoder = null;
  try {
    const page = await session.open(`?autoplay&lang=${options.lang}`, { viewport: options.size }, async (page) => {
      await page.clock.install({ time: EVENING });
      await page.clock.pauseAt(EVENING + 1000);
    });
    await page.locator('.map[data-state="resting"], [data-testid="content-error"]').first().waitFor({ timeout: 30_000 });
    if (await page.getByTestId('content-error').isVisible()) throw new ExportError(contentProblems(session.problems, options.dataDir));
    await page.evaluate('document.fonts.ready');
    const seconds = loopSeconds(options);
    const total = Math.max(1, Math.round(seconds * options.fps));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Animation.enable');
    await cdp.send('Animation.setPlaybackRate', { playbackRate: 0 });

    encoder = startEncoder(ffmpeg, output.temp, options.fps);
    const started = Date.now();
    let filmedMs = 0;
    let shownAt = 0;
    for (let frame = 0; frame < total; frame++) {
      const at = Math.round((frame * 1000) / options.fps);
      if (at > filmedMs) {
        await page.clock.runFor(at - filmedMs);
        await page.evaluate(`(${ADVANCE_ANIMATIONS})(${at - filmedMs})`);
        filmedMs = at;
      }
      await tilesDrawn(page);
      if (session.problems.length > 0)
        throw new ExportError(`the app reported errors while filming, at ${clock(at / 1000)}:\n  ${session.problems.join('\n  ')}`);
      const { data } = await cdp.send('Page.captureScreenshot', { format: 'jpeg', quality: 90, optimizeForSpeed: true });
      await encoder.write(Buffer.from(data, 'base64'));
      if (Date.now() - shownAt > 500 || frame === total - 1) {
        shownAt = Date.now();
        const done = (frame + 1) / total;
        const left = ((Date.now() - started) / (frame + 1)) * (total - frame - 1);
        progress.update(
          `Film ${bar(done)} ${Math.floor(done * 100)}%  ${clock(at / 1000)} of ${clock(seconds)} filmed  ·  about ${clock(left / 1000)} left`,
          done,
        );
      }
    }
    await encoder.finish();
    output.commit();
    progress.done(
      `Film written: ${options.file} (${clock(seconds)}, ${total} frames at ${options.fps} fps, ${options.size.width}x${options.size.height}, in ${clock((Date.now() - started) / 1000)})`,
    );
  } catch (error) {
    encoder?.kill();
    output.abort();
    throw error;
  } finally {
    await session.close();
  }
}

/** Until no basemap tile in view is still being drawn by the worker, or TILE_WAIT_MS. @param {import('@playwright/test').Page} page */
async function tilesDrawn(page) {
  await page
    .locator('.map:not([data-tiles="drawing"])')
    .waitFor({ timeout: TILE_WAIT_MS })
    .catch(() => {});
}

/**
 * The film's length: one attract loop, the sum of the chapters' dwell times
 * (autoplay advances after each), or of the first `--chapters`, or `--seconds`.
 * @param {import('./options.mjs').ExportOptions} options
 */
function loopSeconds(options) {
  const file = join(options.dataDir ?? join(ROOT, 'data'), 'chapters.json');
  /** @type {{ dwellSeconds?: unknown }[]} */
  let chapters;
  try {
    chapters = JSON.parse(readFileSync(file, 'utf8')).chapters;
  } catch (error) {
    throw new ExportError(`cannot read ${file}: ${/** @type {Error} */ (error).message}`);
  }
  const dwell = chapters.slice(0, options.chapters ?? chapters.length).map((c) => Number(c.dwellSeconds));
  const seconds = dwell.reduce((sum, s) => sum + s, 0);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new ExportError(`${file}: expected every chapter to have its dwellSeconds`);
  return options.seconds === null ? seconds : Math.min(options.seconds, seconds);
}
