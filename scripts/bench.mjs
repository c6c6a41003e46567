// @ts-check
/**
 * Measures the kiosk budgets in Debian's Chromium and prints them beside each
 * budget. Reports, never asserts: exits 0 unless the app fails to load.
 *
 *   npm run bench -- [--loops=N] [--throttle=X] [--headed]
 *
 *   --loops=N     attract loops for the memory check (default 100, about 1.5 s each on
 *                 this 2-core machine; 200 would make the whole run over 5 minutes)
 *   --throttle=X  CPU slowdown through CDP Emulation.setCPUThrottlingRate (default 1).
 *                 2 roughly approximates a slower kiosk CPU. Not applied to the memory
 *                 check, which runs on a fake clock and measures growth, not speed.
 *   --headed      a real window, GPU allowed:
 *                 xvfb-run -a -s "-screen 0 1920x1080x24" npm run bench -- --headed
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { startServer } from './serve.mjs';

/** @typedef {import('@playwright/test').Browser} Browser */
/** @typedef {import('@playwright/test').Page} Page */
/** @typedef {{ start: number, duration: number }} LongTask */
/** @typedef {{ at: number, state: string, chapter: string }} StateChange */

const ROOT = resolve(import.meta.dirname, '..');
const RENDERER = resolve(ROOT, 'out/renderer');
const VIEWPORT = { width: 1920, height: 1080 };
const COLD_LOADS = 5;
/** @type {{ id: string, dwellSeconds: number }[]} */
const CHAPTERS = JSON.parse(readFileSync(resolve(ROOT, 'data/chapters.json'), 'utf8')).chapters;

/** @param {string} name */
const option = (name) => process.argv.slice(2).find((a) => a === `--${name}` || a.startsWith(`--${name}=`))?.split('=')[1];
const LOOPS = Math.max(1, Number(option('loops') ?? 100));
const THROTTLE = Math.max(1, Number(option('throttle') ?? 1));
const HEADED = process.argv.includes('--headed');

/** Runs in the page before the app: long tasks, .map state changes (performance.now()), frame gaps while travelling. */
const INSTRUMENT = `(() => {
  const b = (window.__bench = { longTasks: [], states: [], frames: [] });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) b.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver((records) => {
    const now = performance.now();
    for (const { target: el } of records) {
      if (!el.classList || !el.classList.contains('map')) continue;
      const last = b.states[b.states.length - 1];
      const { state, chapter } = el.dataset;
      if (!last || last.state !== state || last.chapter !== chapter) b.states.push({ at: now, state, chapter });
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state', 'data-chapter'] });
  let last = 0, wasTravelling = false;
  const tick = (now) => {
    const travelling = document.querySelector('.map')?.dataset.state === 'travelling';
    if (travelling && wasTravelling) b.frames.push(now - last);
    last = now; wasTravelling = travelling;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

/** @param {number[]} xs @param {number} q 0..1 */
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? /** @type {number} */ (s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? s[0]) : NaN;
};
/** @param {number} x @param {string} unit @param {number} [digits] */
const fmt = (x, unit, digits = 0) => (Number.isFinite(x) ? `${x.toFixed(digits)} ${unit}` : '-');
const verdict = (/** @type {boolean} */ ok) => (ok ? 'PASS' : 'OVER');

/** @type {string[][]} */
const rows = [];
/** @param {string} what @param {string} value @param {string} [budget] @param {string} [result] */
const row = (what, value, budget = '', result = '') => rows.push([what, value, budget, result]);

function buildIfMissing() {
  if (existsSync(resolve(RENDERER, 'index.html'))) return;
  console.log('out/renderer/index.html is missing: building with electron-vite…');
  const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the build failed');
}

/** A fresh context and page at 1920×1080, CPU-throttled, every request recorded. @param {Browser} browser @param {string[]} requests @param {number} throttle */
async function openPage(browser, requests, throttle = THROTTLE) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  context.on('request', (request) => void requests.push(request.url()));
  const page = await context.newPage();
  if (throttle > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: throttle });
  return page;
}

/** @param {Page} page @param {string} id */
const waitForRest = (page, id) => page.locator(`.map[data-chapter="${id}"][data-state="resting"]`).waitFor({ timeout: 60_000 });

/** Budget 1: ms from navigation to performance.mark('handover:first-draw'), over cold loads. @param {Browser} browser @param {string} url @param {string[]} requests */
async function measureFirstDraw(browser, url, requests) {
  /** @type {number[]} */
  const times = [];
  let perLoad = 0;
  for (let i = 0; i < COLD_LOADS; i++) {
    const before = requests.length;
    const page = await openPage(browser, requests);
    await page.goto(url);
    const marked = page.waitForFunction(() => performance.getEntriesByName('handover:first-draw').length > 0, undefined, { timeout: 20_000 });
    const time = await marked.then(() => page.evaluate(`performance.getEntriesByName('handover:first-draw')[0].startTime`), () => NaN);
    await waitForRest(page, CHAPTERS[0]?.id ?? ''); // throws if the app never shows
    perLoad = requests.length - before;
    await page.context().close();
    if (Number.isNaN(time)) break; // loaded, but no mark: a build older than the mark
    times.push(/** @type {number} */ (time));
  }
  if (!times.length) {
    row('First full draw', 'no handover:first-draw mark', '< 800 ms', 'STALE BUILD? npm run build');
    return perLoad;
  }
  const median = quantile(times, 0.5), max = Math.max(...times);
  row(`First full draw, median of ${times.length} cold loads`, fmt(median, 'ms'), '< 800 ms', verdict(median < 800));
  row(`First full draw, max of ${times.length}`, fmt(max, 'ms'), '< 800 ms', verdict(max < 800));
  return perLoad;
}

/** Budget 2: steps through the show with → in real time; long tasks and frame gaps while flying/travelling. @param {Browser} browser @param {string} url @param {string[]} requests */
async function measureTravel(browser, url, requests) {
  const page = await openPage(browser, requests);
  await page.addInitScript({ content: INSTRUMENT });
  await page.goto(url);
  await waitForRest(page, CHAPTERS[0]?.id ?? '');
  for (const chapter of CHAPTERS.slice(1)) {
    await page.keyboard.press('ArrowRight');
    await waitForRest(page, chapter.id);
  }
  const data = /** @type {{ longTasks: LongTask[], states: StateChange[], frames: number[] }} */ (await page.evaluate('window.__bench'));
  await page.context().close();

  /** @type {[number, number][]} windows while the flag flies or travels */
  const windows = [];
  for (const { at, state } of data.states) {
    const open = windows.at(-1);
    if (state !== 'resting' && (!open || open[1] !== Infinity)) windows.push([at, Infinity]);
    else if (state === 'resting' && open && open[1] === Infinity) open[1] = at;
  }
  const inTravel = (/** @type {LongTask} */ t) => windows.some(([s, e]) => t.start < e && t.start + t.duration > s);
  const travel = data.longTasks.filter(inTravel), elsewhere = data.longTasks.filter((t) => !inTravel(t));
  const longest = (/** @type {LongTask[]} */ ts) => Math.max(0, ...ts.map((t) => t.duration));
  row(`Long tasks while flying/travelling (${windows.length} legs)`, String(travel.length), '0', verdict(travel.length === 0));
  row('Longest task while flying/travelling', fmt(longest(travel), 'ms'), '< 50 ms', verdict(longest(travel) < 50));
  row('Long tasks elsewhere (load, resting)', `${elsewhere.length}, max ${fmt(longest(elsewhere), 'ms')}`, '(info)');
  const f = data.frames, slow = f.filter((d) => d > 50).length;
  row(`Frame interval while travelling (${f.length} frames)`, `median ${fmt(quantile(f, 0.5), 'ms', 1)}`, '~16.7 ms');
  row('  p95 / p99 / max', `${fmt(quantile(f, 0.95), '', 1)}/ ${fmt(quantile(f, 0.99), '', 1)}/ ${fmt(Math.max(...f), 'ms', 1)}`);
  row('Frames over 50 ms while travelling', String(slow), '0', verdict(slow === 0));
  for (const t of travel.sort((a, b) => b.duration - a.duration).slice(0, 5)) {
    const change = data.states.filter((s) => s.at <= t.start + t.duration).at(-1);
    row(`  long task at ${fmt(t.start, 'ms')}`, `${fmt(t.duration, 'ms')} (${change ? `${change.chapter}, ${change.state}` : '?'})`);
  }
}

/** Budget 3: heap, DOM nodes and listeners after forced GC, over attract loops on a fake clock. @param {Browser} browser @param {string} url @param {string[]} requests */
async function measureMemory(browser, url, requests) {
  const page = await openPage(browser, requests, 1);
  const cdp = await page.context().newCDPSession(page);
  await page.clock.install();
  await page.goto(`${url}?autoplay`);
  await waitForRest(page, CHAPTERS[0]?.id ?? '');
  await page.clock.pauseAt(/** @type {number} */ (await page.evaluate('Date.now()')) + 100);
  const progress = () => /** @type {Promise<string>} */ (page.evaluate(`document.querySelector('[data-testid="progress"]').textContent`));
  const checkpoints = [...new Set([1, 10, 50, LOOPS])].filter((n) => n <= LOOPS).sort((a, b) => a - b);
  /** @type {{ loop: number, heapMB: number, nodes: number, listeners: number }[]} */
  const samples = [];
  const started = Date.now();
  for (let loop = 1; loop <= LOOPS; loop++) {
    for (const [i, chapter] of CHAPTERS.entries()) {
      await page.clock.runFor(chapter.dwellSeconds * 1000);
      const expected = `Chapter ${((i + 1) % CHAPTERS.length) + 1} of ${CHAPTERS.length}`;
      for (let tries = 0; (await progress()) !== expected; tries++) {
        if (tries > 50) throw new Error(`the attract loop stalled in loop ${loop}: "${await progress()}", expected "${expected}"`);
        await page.clock.runFor(100);
      }
    }
    if (!checkpoints.includes(loop)) continue;
    await page.waitForTimeout(500); // the worker's last tiles arrive in real time
    await page.clock.runFor(500); // and Leaflet prunes the old ones on a (fake) frame
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
    samples.push({ loop, heapMB: usedSize / 2 ** 20, nodes, listeners: jsEventListeners });
    process.stderr.write(`  memory: loop ${loop}/${LOOPS} after ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  }
  await page.context().close();
  const first = /** @type {(typeof samples)[number]} */ (samples[0]), last = /** @type {(typeof samples)[number]} */ (samples.at(-1));
  for (const s of samples) row(`After attract loop ${s.loop}`, `${s.heapMB.toFixed(2)} MB heap, ${s.nodes} nodes, ${s.listeners} listeners`);
  const heap = last.heapMB - first.heapMB, nodes = last.nodes - first.nodes, listeners = last.listeners - first.listeners;
  row(`Heap growth, loop 1 → ${LOOPS}`, fmt(heap, 'MB', 2), '< 5 MB', verdict(heap < 5));
  row(`DOM node growth, loop 1 → ${LOOPS}`, String(nodes), '≤ 0', verdict(nodes <= 0));
  row(`Listener growth, loop 1 → ${LOOPS}`, String(listeners), '≤ 0', verdict(listeners <= 0));
  row('Attract loop time (fake clock, wall time)', fmt((Date.now() - started) / 1000, 's'), '(info)');
}

/** Budget 4: the entry script index.html loads vs. what loads later (worker, map data). */
function measureBundles() {
  const html = readFileSync(resolve(RENDERER, 'index.html'), 'utf8');
  const dir = resolve(RENDERER, 'assets');
  const kb = (/** @type {string} */ f) => statSync(resolve(dir, f)).size / 1024;
  for (const file of readdirSync(dir).filter((f) => /\.(js|json)$/.test(f)).sort((a, b) => kb(a) - kb(b))) {
    const kind = html.includes(`assets/${file}`) ? 'JS entry' : file.endsWith('.js') ? 'JS lazy ' : 'data    ';
    row(`${kind} ${file}`, fmt(kb(file), 'KB'));
  }
}

/** @param {number} perLoad @param {string[]} requests @param {string} url */
function measureRequests(perLoad, requests, url) {
  const origin = new URL(url).origin;
  const foreign = requests.filter((r) => !r.startsWith(origin) && !r.startsWith('data:') && !r.startsWith('blob:'));
  row('Requests per cold load', String(perLoad), '(info)');
  row(`Requests off ${origin} (all runs)`, String(foreign.length), '0', verdict(foreign.length === 0));
  for (const r of [...new Set(foreign)].slice(0, 5)) row(`  ${r.slice(0, 60)}`, '');
}

function printTable() {
  const header = ['Measure', 'Value', 'Budget', 'Result'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (/** @type {string[]} */ cells) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  console.log(`\nHandover bench: ${HEADED ? 'headed' : 'headless'}, CPU throttle ${THROTTLE}×, ${VIEWPORT.width}×${VIEWPORT.height}, ${LOOPS} loops`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

async function main() {
  buildIfMissing();
  const server = await startServer({ rendererDir: RENDERER, dataDir: resolve(ROOT, 'data'), port: 0 });
  const args = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: !HEADED, args: HEADED ? args : [...args, '--disable-gpu'] });
  const url = `${server.url}index.html`;
  /** @type {string[]} */
  const requests = [];
  try {
    const perLoad = await measureFirstDraw(browser, url, requests);
    await measureTravel(browser, url, requests);
    await measureMemory(browser, url, requests);
    measureBundles();
    measureRequests(perLoad, requests, url);
  } finally {
    printTable();
    await browser.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(`\nbench: the app did not load or run: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
