// @ts-check
/**
 * Memory plateau: heap after a forced GC, DOM nodes and JS listeners over many
 * attract loops, run at high speed on Playwright's fake clock. The clock jumps
 * (fastForward: each due timer and animation frame fires once a jump) FRAME_MS at a
 * time while the map moves, then straight to the end of the chapter's dwell, so a
 * flight plays in a few big frames and a loop takes a fraction of a second instead
 * of its ~4 minutes of dwell time.
 */
import { openPage, waitForRest } from './browser.mjs';
import { CHAPTERS, LOOPS } from './options.mjs';
import { Table, fmt, row, verdict } from './report.mjs';
import { grewMost, heapKinds } from './heap-snapshot.mjs';
import { LogWatch } from './log-watch.mjs';

/** While the map moves, the fake clock jumps this far a frame: a flight plays in a few frames. */
const FRAME_MS = 2000;
/** Heap growth allowed over the second half of the loops: a plateau, not a slope. */
const SECOND_HALF_BUDGET_MB = 1;
/** How many distinct warnings and errors the report quotes. */
const QUOTED_MESSAGES = 5;

/**
 * One attract loop, run inside the page: a page.clock call costs a round trip
 * (~15-35 ms here), so the loop drives Playwright's in-page clock (__pwClock,
 * installed by page.clock.install) directly. Returns why it stalled, or ''.
 * @param {{ chapters: { id: string, dwellMs: number }[], frameMs: number }} args
 */
const PLAY_LOOP = async ({ chapters, frameMs }) => {
  const page = /** @type {any} */ (globalThis); // runs in the page: the DOM's types are not in scope here
  /** @type {{ fastForward(ms: number): Promise<void> } | undefined} */
  const clock = page.__pwClock?.controller;
  if (!clock) return "Playwright's in-page clock (__pwClock) is missing: update scripts/bench/memory.mjs";
  /** @type {{ dataset: Record<string, string | undefined> }} */
  const map = page.document.querySelector('.map');
  for (const [i, chapter] of chapters.entries()) {
    let spent = 0;
    for (; map.dataset.state !== 'resting' && spent < chapter.dwellMs; spent += frameMs) await clock.fastForward(frameMs);
    await clock.fastForward(Math.max(0, chapter.dwellMs - spent));
    const next = chapters[(i + 1) % chapters.length]?.id;
    for (let tries = 0; map.dataset.chapter !== next; tries++) {
      if (tries > 50) return `at ${map.dataset.chapter}, expected ${next}`;
      await clock.fastForward(100);
    }
  }
  return '';
};

/** @typedef {{ loop: number, heapMB: number, nodes: number, listeners: number, seconds: number, kinds: import('./heap-snapshot.mjs').HeapKinds }} Sample */

/** Loops 1, 10, 50, 100, then every 100, the half-way loop and the last. @param {number} loops */
export function checkpoints(loops) {
  const at = [1, 10, 50, Math.round(loops / 2), loops];
  for (let n = 100; n < loops; n += 100) at.push(n);
  return [...new Set(at)].filter((n) => n >= 1 && n <= loops).sort((a, b) => a - b);
}

/** @param {import('./browser.mjs').Bench} bench */
export async function measureMemory(bench) {
  const page = await openPage(bench, 1);
  const logs = new LogWatch();
  logs.watch(page);
  const cdp = await page.context().newCDPSession(page);
  await page.clock.install();
  await page.goto(`${bench.url}?autoplay`);
  await waitForRest(page, CHAPTERS[0]?.id ?? '');
  // A second ahead: the installed clock runs on while the command travels (100 ms was too little on a busy machine).
  await page.clock.pauseAt(/** @type {number} */ (await page.evaluate('Date.now()')) + 1000);
  const at = checkpoints(LOOPS);
  /** @type {Sample[]} */
  const samples = [];
  const started = Date.now();
  const chapters = CHAPTERS.map((c) => ({ id: c.id, dwellMs: c.dwellSeconds * 1000 }));
  for (let loop = 1; loop <= LOOPS; loop++) {
    const stalled = await page.evaluate(PLAY_LOOP, { chapters, frameMs: FRAME_MS });
    if (stalled) throw new Error(`the attract loop stalled in loop ${loop}: ${stalled}`);
    if (!at.includes(loop)) continue;
    await page.waitForTimeout(500); // the worker's last tiles arrive in real time
    await page.clock.runFor(500); // and Leaflet prunes the old ones on a (fake) frame
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
    const kinds = await heapKinds(cdp); // after the counts: a snapshot may itself leave something behind
    const seconds = (Date.now() - started) / 1000;
    samples.push({ loop, heapMB: usedSize / 2 ** 20, nodes, listeners: jsEventListeners, seconds, kinds });
    process.stderr.write(`  memory: loop ${loop}/${LOOPS} after ${seconds.toFixed(0)} s: ${(usedSize / 2 ** 20).toFixed(2)} MB\n`);
  }
  await page.context().close();
  report(samples, logs);
}

/** @param {Sample[]} samples @param {LogWatch} logs */
function report(samples, logs) {
  const curve = new Table(`Memory over ${LOOPS} attract loops (fake clock, ${FRAME_MS} ms frames while moving; heap after forced GC)`, [
    'Loop',
    'Heap (V8 used)',
    'snapshot: JS objects',
    'compiled code',
    'native (DOM…)',
    'DOM nodes',
    'JS listeners',
    'Wall time',
  ]);
  const mb = (/** @type {number} */ bytes) => fmt(bytes / 2 ** 20, 'MB', 2);
  for (const s of samples) {
    const { js, code, native } = s.kinds;
    curve.add(String(s.loop), fmt(s.heapMB, 'MB', 2), mb(js), mb(code), mb(native), String(s.nodes), String(s.listeners), fmt(s.seconds, 's'));
  }
  const first = /** @type {Sample} */ (samples[0]),
    last = /** @type {Sample} */ (samples.at(-1));
  const half = samples.find((s) => s.loop === Math.round(LOOPS / 2)) ?? first;
  const growth = (/** @type {Sample} */ a, /** @type {Sample} */ b) => b.heapMB - a.heapMB;
  const jsGrowth = (half.kinds.js - first.kinds.js) / 2 ** 20,
    jsLate = (last.kinds.js - half.kinds.js) / 2 ** 20;
  row(`Heap growth, loop ${first.loop} → ${half.loop}`, `${fmt(growth(first, half), 'MB', 2)} (JS objects ${fmt(jsGrowth, 'MB', 2)})`, '(info)');
  row(
    `Heap growth, loop ${half.loop} → ${last.loop} (plateau)`,
    fmt(growth(half, last), 'MB', 2),
    `< ${SECOND_HALF_BUDGET_MB} MB`,
    verdict(growth(half, last) < SECOND_HALF_BUDGET_MB),
  );
  row(`  of which JS objects (the app's data)`, fmt(jsLate, 'MB', 2), `< ${SECOND_HALF_BUDGET_MB} MB`, verdict(jsLate < SECOND_HALF_BUDGET_MB));
  row(`DOM node growth, loop ${half.loop} → ${last.loop}`, String(last.nodes - half.nodes), '≤ 0', verdict(last.nodes <= half.nodes));
  row(`Listener growth, loop ${half.loop} → ${last.loop}`, String(last.listeners - half.listeners), '≤ 0', verdict(last.listeners <= half.listeners));
  const grew = new Table(`What grew most in the heap, loop ${half.loop} → ${last.loop} (heap snapshots, self sizes)`, ['Kind:name', 'Objects', 'Bytes']);
  for (const g of grewMost(half.kinds, last.kinds, 8)) grew.add(g.name, String(g.count), fmt(g.bytes / 1024, 'KB', 1));
  row(`Attract loops, wall time (${LOOPS} loops)`, fmt(last.seconds, 's'), '(info)');
  row(`Logged at error level over ${LOOPS} loops`, String(logs.counts.error), '0', verdict(logs.counts.error === 0));
  row(`Logged at warn level over ${LOOPS} loops`, String(logs.counts.warn), '0', verdict(logs.counts.warn === 0));
  const quoted = new Table(`What the app logged at warn and error level over ${LOOPS} loops (first ${QUOTED_MESSAGES} distinct messages)`, [
    'Times',
    'Message',
  ]);
  for (const [message, times] of [...logs.distinct].slice(0, QUOTED_MESSAGES))
    quoted.add(String(times), message.length > 200 ? `${message.slice(0, 200)}…` : message);
}
