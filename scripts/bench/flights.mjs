// @ts-check
/**
 * Per flight: Page Down through the whole show on the real clock. For each step,
 * frames over 33 ms (while flying and while travelling, counted apart), long tasks,
 * and the time from the key press until the camera has arrived and every basemap
 * tile in view has its final drawing.
 */
import { openPage, waitForRest } from './browser.mjs';
import { CHAPTERS, DPR, VIEWPORT } from './options.mjs';
import { Table, fmt, quantile, row, verdict } from './report.mjs';

/** @typedef {{ start: number, duration: number }} LongTask */
/** @typedef {{ at: number, key?: true, state?: string, chapter?: string, tiles?: string }} Mark */
/** @typedef {{ at: number, gap: number, state: string, chapter: string }} Frame */
/** @typedef {{ longTasks: LongTask[], marks: Mark[], frames: Frame[] }} Recording */

/** A frame slower than two 60 Hz frames. */
const SLOW_FRAME_MS = 33;
/** Tiles in view should have their final drawing this soon after the camera arrives: 1 s at 1920×1080, 2 s on a 4K screen (four times the pixels). */
const TILES_AFTER_ARRIVAL_MS = VIEWPORT.width * VIEWPORT.height * DPR ** 2 > 1920 * 1080 ? 2000 : 1000;
/** After a step comes to rest: time for a late 'drawing' to show, then for the tiles. */
const SETTLE_MS = 300,
  TILES_TIMEOUT_MS = 15_000;

/**
 * Runs in the page before the app (performance.now() throughout): key presses, every
 * change of the map's data-state/-chapter/-tiles as a snapshot, and each frame gap
 * that touches a moving state. A gap spanning a change counts for the moving state:
 * resting→flying for flying, flying→travelling (the redraw at arrival) for flying.
 */
const INSTRUMENT = `(() => {
  const b = (window.__bench = { longTasks: [], marks: [], frames: [] });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) b.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  addEventListener('keydown', () => b.marks.push({ at: performance.now(), key: true }), true);
  let seen = '';
  new MutationObserver(() => {
    const el = document.querySelector('.map');
    if (!el) return;
    const { state, chapter, tiles } = el.dataset;
    if (seen === state + chapter + tiles) return;
    seen = state + chapter + tiles;
    b.marks.push({ at: performance.now(), state, chapter, tiles });
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state', 'data-chapter', 'data-tiles'] });
  let last = 0, was = 'resting';
  const tick = (now) => {
    const el = document.querySelector('.map');
    const state = el?.dataset.state ?? 'resting';
    if (last && (was !== 'resting' || state !== 'resting'))
      b.frames.push({ at: now, gap: now - last, state: was !== 'resting' ? was : state, chapter: el?.dataset.chapter ?? '' });
    last = now; was = state;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

/**
 * `presenter`: the same walk with the presenter view open beside the show, opened with S as a
 * speaker would, so in the same browser process and on the same main thread (its two live
 * pictures are a second and a third map): the show's frames, counted as above.
 * @param {import('./browser.mjs').Bench} bench @param {{ presenter?: boolean }} [options]
 */
export async function measureFlights(bench, { presenter = false } = {}) {
  const page = await openPage(bench);
  await page.addInitScript({ content: INSTRUMENT });
  await page.goto(presenter ? `${bench.url}?windowed` : bench.url);
  await waitForRest(page, CHAPTERS[0]?.id ?? '');
  await page.locator('.map[data-tiles="drawn"]').waitFor({ timeout: TILES_TIMEOUT_MS });
  if (presenter) {
    const opened = page.context().waitForEvent('page');
    await page.keyboard.press('s');
    const view = await opened;
    await view.locator('[data-testid="presenter-next-picture"] .map[data-state="resting"][data-tiles="drawn"]').waitFor({ timeout: TILES_TIMEOUT_MS });
    await page.bringToFront();
    // S was a key press too: the steps start at the first Page Down.
    await page.evaluate('window.__bench.marks = window.__bench.marks.filter((m) => !m.key)');
  }
  for (const chapter of CHAPTERS.slice(1)) {
    await page.keyboard.press('PageDown');
    await waitForRest(page, chapter.id);
    await page.waitForTimeout(SETTLE_MS);
    await page
      .locator('.map[data-tiles="drawn"]')
      .waitFor({ timeout: TILES_TIMEOUT_MS })
      .catch(() => {});
  }
  const end = /** @type {number} */ (await page.evaluate('performance.now()'));
  const data = /** @type {Recording} */ (await page.evaluate('window.__bench'));
  await page.context().close();
  report(data, end, presenter ? ', with the presenter view open' : '');
}

/**
 * One step: from its key press to the next. `arrived` is when the camera is there
 * (flying ends, or at once for a jump); `drawn` is when the tiles in view last became
 * drawn after that, or `arrived` itself if they were drawn then and stayed so.
 * @param {Recording} data @param {string} id @param {number} start @param {number} next
 */
function step(data, id, start, next) {
  const marks = data.marks.filter((m) => !m.key && m.at >= start && m.at < next);
  const flew = marks.some((m) => m.chapter === id && m.state === 'flying');
  const arrival = marks.find((m) => m.chapter === id && m.state !== 'flying');
  const arrived = arrival?.at ?? NaN;
  // The race: tiles may still read 'drawn' from before when the camera arrives, and
  // turn 'drawing' just after. So take the last turn to 'drawn' after the arrival.
  let drawn = arrival?.tiles === 'drawn' ? arrived : NaN;
  for (const m of arrival ? marks.slice(marks.indexOf(arrival) + 1) : []) {
    if (m.tiles !== 'drawn') drawn = NaN;
    else if (Number.isNaN(drawn)) drawn = m.at;
  }
  const frames = data.frames.filter((f) => f.at > start && f.at <= next && f.chapter === id);
  const tasks = data.longTasks.filter((t) => t.start < next && t.start + t.duration > start);
  return { id, flew, arrived: arrived - start, drawn: drawn - start, frames, tasks };
}

/** @param {Recording} data @param {number} end @param {string} label what ran beside the show */
function report(data, end, label) {
  const keys = data.marks.filter((m) => m.key).map((m) => m.at);
  const steps = CHAPTERS.slice(1).map((c, i) => step(data, c.id, keys[i] ?? NaN, keys[i + 1] ?? end));
  const table = new Table(
    `Per step, Page Down through the show on the real clock${label} (frames > ${SLOW_FRAME_MS} ms: 0; long tasks: 0; tiles drawn ≤ arrival + ${TILES_AFTER_ARRIVAL_MS} ms)`,
    ['Step to', 'Kind', 'Camera arrived', 'Tiles drawn', 'Frames > 33 ms flying', 'travelling', 'Long tasks (max)', 'Result'],
  );
  const slow = (/** @type {Frame[]} */ fs, /** @type {string} */ state) => fs.filter((f) => f.state === state && f.gap > SLOW_FRAME_MS);
  for (const s of steps) {
    const flying = s.frames.filter((f) => f.state === 'flying'),
      travelling = s.frames.filter((f) => f.state === 'travelling');
    const slowFly = slow(s.frames, 'flying').length,
      slowTravel = slow(s.frames, 'travelling').length;
    const late = !(s.drawn <= s.arrived + TILES_AFTER_ARRIVAL_MS);
    const over = [slowFly + slowTravel > 0 && 'frames', s.tasks.length > 0 && 'long tasks', late && 'tiles'].filter(Boolean);
    table.add(
      s.id,
      s.flew ? 'flight' : travelling.length ? 'travel' : 'jump',
      fmt(s.arrived, 'ms'),
      Number.isNaN(s.drawn) ? 'not drawn' : fmt(s.drawn, 'ms'),
      flying.length ? `${slowFly} of ${flying.length}` : '-',
      travelling.length ? `${slowTravel} of ${travelling.length}` : '-',
      s.tasks.length ? `${s.tasks.length} (${fmt(Math.max(...s.tasks.map((t) => t.duration)), 'ms')})` : '0',
      over.length ? `OVER ${over.join(', ')}` : 'PASS',
    );
  }
  summarise(data, steps, label);
}

/** Totals over the whole show, for the summary table. @param {Recording} data @param {ReturnType<typeof step>[]} steps @param {string} label */
function summarise(data, steps, label) {
  const flights = steps.filter((s) => s.flew);
  for (const state of ['flying', 'travelling']) {
    const gaps = steps
      .flatMap((s) => s.frames)
      .filter((f) => f.state === state)
      .map((f) => f.gap);
    const slow = gaps.filter((g) => g > SLOW_FRAME_MS).length;
    row(`Frames over ${SLOW_FRAME_MS} ms while ${state} (${flights.length} flights${label})`, `${slow} of ${gaps.length}`, '0', verdict(slow === 0));
    row(
      `  frame interval median / p95 / p99 / max`,
      `${fmt(quantile(gaps, 0.5), '', 1)} / ${fmt(quantile(gaps, 0.95), '', 1)} / ${fmt(quantile(gaps, 0.99), '', 1)} / ${fmt(Math.max(...gaps), 'ms', 1)}`,
      '~16.7 ms',
    );
  }
  const inSteps = steps.flatMap((s) => s.tasks),
    longest = Math.max(0, ...inSteps.map((t) => t.duration));
  row(`Long tasks during the ${steps.length} steps`, `${inSteps.length}, max ${fmt(longest, 'ms')}`, 'none (> 50 ms)', verdict(inSteps.length === 0));
  const before = data.longTasks.filter((t) => !inSteps.includes(t));
  row('Long tasks at load (before the first key)', `${before.length}, max ${fmt(Math.max(0, ...before.map((t) => t.duration)), 'ms')}`, '(info)');
  const worst = steps.reduce((a, s) => (!(a.drawn - a.arrived >= s.drawn - s.arrived) ? s : a));
  const late = steps.filter((s) => !(s.drawn <= s.arrived + TILES_AFTER_ARRIVAL_MS)).length;
  row(
    `Steps whose tiles were drawn > ${TILES_AFTER_ARRIVAL_MS} ms after arrival`,
    `${late} of ${steps.length}; worst ${worst.id}, ${fmt(worst.drawn - worst.arrived, 'ms')} after`,
    '0',
    verdict(late === 0),
  );
}
