// @ts-check
/**
 * What the scripts that run the built app on this machine share (npm start,
 * npm run export): building when the build is stale, and finding a Chromium.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const OUTPUTS = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'].map((file) => join(ROOT, file));
const SOURCES = ['src', 'electron.vite.config.ts', 'svelte.config.js', 'package.json'].map((file) => join(ROOT, file));

/** Builds (electron-vite) when an output is missing or a source is newer than the build; exits the process if the build fails. */
export async function buildIfStale() {
  const missing = OUTPUTS.find((file) => !existsSync(file));
  const builtAt = missing ? 0 : Math.min(...OUTPUTS.map((file) => statSync(file).mtimeMs));
  const changed = missing ? null : SOURCES.find((source) => newestChange(source) > builtAt);
  if (!missing && !changed) return;
  console.log(`Building (${missing ? `${missing} is missing` : `${changed} changed`})…`);
  const child = spawn('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  /** @type {number} */
  const code = await new Promise((done) => {
    child.once('error', () => done(1));
    child.once('exit', (status) => done(status ?? 1));
  });
  if (code !== 0) {
    console.error(`The build failed (exit code ${code}).`);
    process.exit(code || 1);
  }
}

/** @param {string} path @returns {number} the newest modification time under path (0 if absent) */
function newestChange(path) {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats) return 0;
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/** Chromium: CHROMIUM_PATH, a system one, or Playwright's own where installed. @returns {string | null} */
export function findChromium() {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen && existsSync(chosen)) return chosen;
  if (chosen) console.warn(`CHROMIUM_PATH is ${chosen}, which does not exist; looking for another Chromium`);
  const dirs = ['/usr/bin', ...(process.env.PATH ?? '').split(delimiter)];
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    const found = dirs.map((dir) => join(dir, name)).find((path) => existsSync(path));
    if (found) return found;
  }
  try {
    /** @type {{ chromium: { executablePath(): string } }} */
    const playwright = createRequire(import.meta.url)('playwright-core');
    const path = playwright.chromium.executablePath();
    return existsSync(path) ? path : null;
  } catch {
    return null;
  }
}
