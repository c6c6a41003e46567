import { closeSync, fstatSync, mkdirSync, openSync, renameSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { LogLevel } from '@shared/ipc';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  /** Closes the file; later lines are echoed only. */
  close(): Promise<void>;
}

export interface LoggerOptions {
  /** The log file; lines are appended. */
  file: string;
  /** Where each line is echoed; stdout by default. */
  echo?: (line: string) => void;
  /** A file past this size is moved aside (at start and while running), so a kiosk running for months cannot fill the disk. */
  maxBytes?: number;
  now?: () => Date;
}

export const LOG_FILE_NAME = 'handover.log';

/**
 * A logger that never throws: if the file cannot be opened, it logs to stdout
 * only. Lines are written synchronously, so the last one before a crash is on
 * disk. The file is bounded while running, not only at start: past `maxBytes`
 * it is moved aside to `.old` (replacing the previous one) and a new file
 * begins, so a kiosk that never restarts keeps at most twice `maxBytes`.
 */
export function createLogger({ file, echo = (line) => process.stdout.write(line), maxBytes = 5_000_000, now = () => new Date() }: LoggerOptions): Logger {
  let fd = openLogFile(file, maxBytes, echo);
  let size = fd === null ? 0 : fstatSync(fd).size;
  const write = (level: LogLevel) => (message: string) => {
    const line = `${now().toISOString()} ${level.toUpperCase().padEnd(5)} ${message.replaceAll('\n', '\n    ')}\n`;
    echo(line);
    if (fd === null) return;
    const bytes = Buffer.byteLength(line);
    if (size > 0 && size + bytes > maxBytes) {
      closeSync(fd);
      fd = openLogFile(file, 0, echo);
      size = 0;
    }
    try {
      if (fd !== null) size += writeSync(fd, line);
    } catch (error) {
      echo(`log file ${file} failed: ${(error as Error).message}\n`);
    }
  };
  return {
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    close: async () => {
      if (fd !== null) closeSync(fd);
      fd = null;
    },
  };
}

/** Opens the file for appending, first moving it aside if it is over `maxBytes`. */
function openLogFile(file: string, maxBytes: number, echo: (line: string) => void): number | null {
  try {
    mkdirSync(dirname(file), { recursive: true });
    if ((statSync(file, { throwIfNoEntry: false })?.size ?? 0) > maxBytes) renameSync(file, `${file}.old`);
    return openSync(file, 'a');
  } catch (error) {
    echo(`cannot open log file ${file}: ${(error as Error).message}; logging to stdout only\n`);
    return null;
  }
}
