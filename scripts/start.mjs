// @ts-check
/**
 * `npm start -- [flags]`: builds if the build is stale, then runs Handover in
 * Electron, or, where Electron's binary is not installed, in Chromium as an
 * app window served by scripts/serve.mjs.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findElectronBinary } from './electron-binary.mjs';
import { DEFAULT_STATUS_DIR, startServer } from './serve.mjs';
import { buildIfStale, findChromium } from './local-app.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const isRoot = process.getuid?.() === 0;

const flags = process.argv.slice(2);
await buildIfStale();
const electron = findElectronBinary();
if (flags.includes('--help') && !electron.found) {
  await runToEnd(process.execPath, [resolve(ROOT, 'out/main/help.js')]);
} else if (electron.found) {
  // Electron, like Chromium, refuses to start as root without --no-sandbox.
  await runToEnd(electron.path, ['.', ...flags, ...(isRoot ? ['--no-sandbox'] : [])]);
} else {
  console.log(`Electron's binary is not installed here (get it with "npx install-electron --no" when online); showing Handover in Chromium instead.`);
  await runInChromium(flags);
}

/**
 * Runs a program with our terminal; forwards Ctrl+C and SIGTERM to it.
 * @param {string} command @param {string[]} args
 * @param {{ exit?: boolean, onExit?: () => Promise<void> | void }} [options] exit: leave with its code when it ends
 * @returns {Promise<number>}
 */
function runToEnd(command, args, { exit = true, onExit } = {}) {
  const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' && command === 'npx' });
  /** @param {NodeJS.Signals} signal */
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  return new Promise((done) => {
    let settled = false;
    /** @param {number} status */
    const settle = async (status) => {
      if (settled) return;
      settled = true;
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      await onExit?.();
      if (exit) process.exit(status);
      done(status);
    };
    child.once('error', (error) => {
      console.error(`Cannot run ${command}: ${error.message}`);
      void settle(1);
    });
    child.once('exit', (code, signal) => void settle(code ?? (signal ? 1 : 0)));
  });
}

/** @param {string[]} flags */
async function runInChromium(flags) {
  const data = flags.find((flag) => flag.startsWith('--data='))?.slice('--data='.length);
  const status = flags.find((flag) => flag.startsWith('--status='))?.slice('--status='.length);
  const server = await startServer({
    rendererDir: join(ROOT, 'out/renderer'),
    dataDir: data ? resolve(data) : join(ROOT, 'data'),
    statusDir: status ? resolve(status) : DEFAULT_STATUS_DIR,
  });
  const url = `${server.url}index.html${searchFromFlags(flags)}`;
  const chromium = findChromium();
  if (!chromium) {
    console.log(`No Chromium found (CHROMIUM_PATH can name one). Open ${url} in a browser; Ctrl+C stops the server.`);
    const stop = () => void server.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return;
  }
  const profile = mkdtempSync(join(tmpdir(), 'handover-chromium-'));
  const windowed = flags.includes('--windowed');
  const args = [
    `--app=${url}`,
    ...(windowed ? ['--window-size=1600,900'] : ['--kiosk', '--start-fullscreen', '--window-position=0,0', '--window-size=1920,1080']),
    `--user-data-dir=${profile}`,
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-gpu',
    // --presenter: the show opens its presenter view as it starts, before any key press a pop-up blocker would ask for.
    ...(flags.includes('--presenter') ? ['--disable-popup-blocking'] : []),
    ...(isRoot ? ['--no-sandbox'] : []),
  ];
  await runToEnd(chromium, args, {
    onExit: async () => {
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  });
}

/**
 * Flags as URL parameters for the renderer: --autoplay -> autoplay, --idle=30 -> idle=30.
 * --data and --status are the server's business, not the page's.
 * @param {string[]} flags
 */
function searchFromFlags(flags) {
  const params = flags
    .filter((flag) => flag.startsWith('--') && !flag.startsWith('--data=') && !flag.startsWith('--status='))
    .map((flag) => {
      const [name = '', ...value] = flag.slice(2).split('=');
      return value.length ? `${encodeURIComponent(name)}=${encodeURIComponent(value.join('='))}` : encodeURIComponent(name);
    });
  return params.length ? `?${params.join('&')}` : '';
}
