// @ts-check
/**
 * Where Electron's binary is, found without `require('electron')`: that call
 * tries to download the binary, which fails on a machine without internet.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** @typedef {{ found: true, path: string } | { found: false, reason: string }} ElectronBinary */

/**
 * @param {{ env?: NodeJS.ProcessEnv, electronDir?: string | null }} [options]
 *   `electronDir`: the electron package's folder (found from this repo by default; null when not installed).
 * @returns {ElectronBinary}
 */
export function findElectronBinary({ env = process.env, electronDir = electronPackageDir() } = {}) {
  if (env.ELECTRON_EXEC_PATH) {
    return existsSync(env.ELECTRON_EXEC_PATH)
      ? { found: true, path: env.ELECTRON_EXEC_PATH }
      : { found: false, reason: `ELECTRON_EXEC_PATH points at ${env.ELECTRON_EXEC_PATH}, which does not exist` };
  }
  const pathFile = electronDir ? join(electronDir, 'path.txt') : null;
  const relativePath = pathFile && existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const path = join(env.ELECTRON_OVERRIDE_DIST_PATH, relativePath || defaultExecutableName());
    return existsSync(path) ? { found: true, path } : { found: false, reason: `ELECTRON_OVERRIDE_DIST_PATH is set but ${path} does not exist` };
  }
  if (!electronDir) return { found: false, reason: 'the electron package is not installed' };
  if (!relativePath) return { found: false, reason: 'electron/path.txt is missing: the binary was never downloaded' };
  const path = join(electronDir, 'dist', relativePath);
  return existsSync(path) ? { found: true, path } : { found: false, reason: `${path} is missing` };
}

/** @returns {string | null} */
function electronPackageDir() {
  try {
    return dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/** What electron/index.js assumes when path.txt is absent. */
function defaultExecutableName() {
  return process.platform === 'win32' ? 'electron.exe' : process.platform === 'darwin' ? 'Electron.app/Contents/MacOS/Electron' : 'electron';
}
