// @ts-check
/**
 * Writes the kiosk's status files (src/shared/status.mjs) into a folder on a
 * timer: status.json and handover.prom, each replaced atomically (written to a
 * temporary file in the same folder, then renamed over the old one), so a
 * reader never sees half a file. Electron main and the local server for
 * browsers (scripts/serve.mjs) both run it; plain JavaScript for the server.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { METRICS_FILE, STATUS_FILE, STATUS_TIMINGS, prometheusText } from '../shared/status.mjs';

/**
 * Replaces `dir/name` with `data` in one step.
 * @param {string} dir @param {string} name @param {string | Uint8Array} data
 */
export async function writeAtomically(dir, name, data) {
  await mkdir(dir, { recursive: true });
  const temporary = join(dir, `.${name}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, data);
    await rename(temporary, join(dir, name));
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * Writes both files from the book's status at `now`.
 * @param {string} dir @param {import('../shared/status.mjs').StatusBook} book @param {number} now
 */
export async function writeStatusFiles(dir, book, now) {
  const status = book.status(now);
  await writeAtomically(dir, STATUS_FILE, `${JSON.stringify(status, null, 2)}\n`);
  await writeAtomically(dir, METRICS_FILE, prometheusText(status));
}

/**
 * Writes the files now and then every `everyMs`, until the returned function
 * is called. A write that fails is reported once per run of failures, not
 * every 10 s, and the writer keeps trying.
 * @param {{ dir: string, book: import('../shared/status.mjs').StatusBook, onError(message: string): void, everyMs?: number, now?: () => number }} options
 * @returns {() => void}
 */
export function writeStatusEvery({ dir, book, onError, everyMs = STATUS_TIMINGS.writeEveryMs, now = Date.now }) {
  let failing = false;
  const write = () =>
    writeStatusFiles(dir, book, now()).then(
      () => void (failing = false),
      (/** @type {Error} */ error) => {
        if (!failing) onError(`cannot write the status files in ${dir}: ${error.message}`);
        failing = true;
      },
    );
  void write();
  const timer = setInterval(write, everyMs);
  timer.unref?.();
  return () => clearInterval(timer);
}
