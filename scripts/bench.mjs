// @ts-check
/**
 * Measures the kiosk budgets in Debian's Chromium and prints them beside each
 * budget. Reports, never asserts: exits 0 unless the app fails to load.
 * One measure per module in scripts/bench/.
 *
 *   npm run bench -- [--only=first-draw,flights,presenter,memory,bundles] [--loops=N] [--throttle=X] [--size=WxH] [--dpr=N] [--headed]
 *
 *   --only=…      run only these measures (default: all)
 *   --loops=N     attract loops for the memory plateau (default 1000, on a fast fake clock:
 *                 ~1.4 s a loop on a busy 2-core machine, ~23 min; --loops=100 while iterating)
 *   --throttle=X  CPU slowdown through CDP Emulation.setCPUThrottlingRate (default 1).
 *                 2 roughly approximates a slower kiosk CPU. Not applied to the memory
 *                 check, which runs on a fake clock and measures growth, not speed.
 *   --size=WxH    the window in CSS px (default 1920x1080); --size=3840x2160 for a 4K screen at 100%
 *   --dpr=N       device pixels per CSS px (default 1); --dpr=2 for a 4K screen at 200%
 *   --headed      a real window, GPU allowed:
 *                 xvfb-run -a -s "-screen 0 1920x1080x24" npm run bench -- --headed
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { startServer } from './serve.mjs';
import { measureBundles, measureRequests } from './bench/bundles.mjs';
import { measureFirstDraw } from './bench/first-draw.mjs';
import { measureFlights } from './bench/flights.mjs';
import { measureMemory } from './bench/memory.mjs';
import { DPR, HEADED, LOOPS, ONLY, RENDERER, ROOT, THROTTLE, VIEWPORT } from './bench/options.mjs';
import { tables } from './bench/report.mjs';

function buildIfMissing() {
  if (existsSync(resolve(RENDERER, 'index.html'))) return;
  console.log('out/renderer/index.html is missing: building with electron-vite…');
  const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the build failed');
}

async function main() {
  buildIfMissing();
  const server = await startServer({ rendererDir: RENDERER, dataDir: resolve(ROOT, 'data'), port: 0 });
  const args = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: !HEADED, args: HEADED ? args : [...args, '--disable-gpu'] });
  const bench = { browser, url: `${server.url}index.html`, requests: /** @type {string[]} */ ([]) };
  const started = Date.now();
  try {
    const perLoad = ONLY.has('first-draw') ? await measureFirstDraw(bench) : undefined;
    if (ONLY.has('flights')) await measureFlights(bench);
    if (ONLY.has('presenter')) await measureFlights(bench, { presenter: true });
    if (ONLY.has('memory')) await measureMemory(bench);
    if (ONLY.has('bundles')) measureBundles();
    measureRequests(perLoad, bench.requests, bench.url);
  } finally {
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    console.log(
      `\nHandover bench: ${HEADED ? 'headed' : 'headless'}, CPU throttle ${THROTTLE}×, ${VIEWPORT.width}×${VIEWPORT.height}${DPR > 1 ? ` at ${DPR}× pixels` : ''}, ${[...ONLY].join(', ')}${ONLY.has('memory') ? ` (${LOOPS} loops)` : ''}; ${seconds} s`,
    );
    for (const table of tables) table.print();
    await browser.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(`\nbench: the app did not load or run: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
