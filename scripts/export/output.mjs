// @ts-check
/**
 * The exported file is written under a temporary name beside it and renamed
 * at the end, so a failed or interrupted export never leaves a half-written
 * file under the name asked for. Whether it can be written is checked first.
 */
import { closeSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ExportError } from './options.mjs';

/** @param {string} file the final path @returns {{ temp: string, commit(): void, abort(): void }} */
export function prepareOutput(file) {
  const folder = dirname(file);
  const where = statSync(folder, { throwIfNoEntry: false });
  if (!where?.isDirectory()) throw new ExportError(`cannot write ${file}: the folder ${folder} does not exist`);
  if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) throw new ExportError(`cannot write ${file}: it is a folder`);
  const temp = join(folder, `.${basename(file)}.part-${process.pid}`);
  try {
    closeSync(openSync(temp, 'wx'));
  } catch (error) {
    throw new ExportError(`cannot write ${file}: ${/** @type {Error} */ (error).message.replace(temp, folder)}`);
  }
  const abort = () => rmSync(temp, { force: true });
  // Ctrl+C or a kill while it works: the temporary file goes too.
  const interrupted = () => {
    abort();
    process.exit(130);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  const release = () => {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
  };
  return {
    temp,
    commit() {
      release();
      renameSync(temp, file);
    },
    abort() {
      release();
      abort();
    },
  };
}
