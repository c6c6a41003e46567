// @ts-check
/** Budget: ms from navigation to performance.mark('handover:first-draw'), over cold loads. */
import { openPage, waitForRest } from './browser.mjs';
import { CHAPTERS, COLD_LOADS } from './options.mjs';
import { fmt, quantile, row, verdict } from './report.mjs';

/** @param {import('./browser.mjs').Bench} bench @returns {Promise<number>} requests made by one cold load */
export async function measureFirstDraw(bench) {
  /** @type {number[]} */
  const times = [];
  let perLoad = 0;
  for (let i = 0; i < COLD_LOADS; i++) {
    const before = bench.requests.length;
    const page = await openPage(bench);
    await page.goto(bench.url);
    const marked = page.waitForFunction(() => performance.getEntriesByName('handover:first-draw').length > 0, undefined, { timeout: 20_000 });
    const time = await marked.then(
      () => page.evaluate(`performance.getEntriesByName('handover:first-draw')[0].startTime`),
      () => NaN,
    );
    await waitForRest(page, CHAPTERS[0]?.id ?? ''); // throws if the app never shows
    perLoad = bench.requests.length - before;
    await page.context().close();
    if (Number.isNaN(time)) break; // loaded, but no mark: a build older than the mark
    times.push(/** @type {number} */ (time));
  }
  if (!times.length) {
    row('First full draw', 'no handover:first-draw mark', '< 800 ms', 'STALE BUILD? npm run build');
    return perLoad;
  }
  const median = quantile(times, 0.5),
    max = Math.max(...times);
  row(`First full draw, median of ${times.length} cold loads`, fmt(median, 'ms'), '< 800 ms', verdict(median < 800));
  row(`First full draw, max of ${times.length}`, fmt(max, 'ms'), '< 800 ms', verdict(max < 800));
  return perLoad;
}
