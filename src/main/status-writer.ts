/**
 * The kiosk's status files, kept by main: the page's reports go into a book
 * (src/shared/status.mjs) that main writes on its own timer, so a hung page
 * shows as a status whose last frame stops advancing; restarts main makes are
 * counted with their cause; and every minute a small JPEG of the screen goes
 * beside them, for an operator's glance.
 */
import type { BrowserWindow } from 'electron';
import type { StatusReport } from '@shared/ipc';
import { SCREEN_FILE, STATUS_TIMINGS, StatusBook } from '@shared/status.mjs';
import type { Logger } from './log';
import { writeAtomically, writeStatusEvery } from './status-files.mjs';

/** The screen picture's width in pixels; its height follows the window's shape. */
export const SCREEN_WIDTH = 480;
const JPEG_QUALITY = 70;

export interface StatusKeeper {
  /** A report from the page (already checked). */
  receive(report: StatusReport): void;
  /** Main restarted the page, and why (`renderer-crashed`, `renderer-unresponsive`). */
  restarted(cause: string): void;
  stop(): void;
}

export interface StatusOptions {
  dir: string;
  version: string;
  log: Logger;
  timings?: { writeEveryMs: number; screenEveryMs: number };
}

export function keepStatus(window: BrowserWindow, { dir, version, log, timings = STATUS_TIMINGS }: StatusOptions): StatusKeeper {
  const book = new StatusBook({ version, startedAt: Date.now() });
  const stopWriting = writeStatusEvery({ dir, book, everyMs: timings.writeEveryMs, onError: (message) => log.warn(message) });
  let pictureFailed = false;
  const takePicture = async () => {
    if (window.isDestroyed()) return;
    try {
      const image = await window.webContents.capturePage();
      if (image.isEmpty()) return;
      await writeAtomically(dir, SCREEN_FILE, image.resize({ width: SCREEN_WIDTH, quality: 'good' }).toJPEG(JPEG_QUALITY));
      pictureFailed = false;
    } catch (error) {
      if (!pictureFailed) log.warn(`cannot save the screen picture in ${dir}: ${(error as Error).message}`);
      pictureFailed = true;
    }
  };
  const pictureTimer = setInterval(() => void takePicture(), timings.screenEveryMs);
  log.info(`status files (status.json, handover.prom, ${SCREEN_FILE}) in ${dir}`);
  return {
    receive: (report) => book.receive(report),
    restarted: (cause) => book.restarted(cause),
    stop: () => {
      stopWriting();
      clearInterval(pictureTimer);
    },
  };
}
