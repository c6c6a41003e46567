import { createWriteStream, mkdirSync, renameSync, statSync, type WriteStream } from 'node:fs';
import { dirname } from 'node:path';
import type { LogLevel } from '@shared/ipc';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  /** Flushes and closes the file. */
  close(): Promise<void>;
}

export interface LoggerOptions {
  /** The log file; lines are appended. */
  file: string;
  /** Where each line is echoed; stdout by default. */
  echo?: (line: string) => void;
  /** A file past this size is moved aside at start, so a kiosk running for months cannot fill the disk. */
  maxBytes?: number;
  now?: () => Date;
}

export const LOG_FILE_NAME = 'handover.log';

/** A logger that never throws: if the file cannot be opened, it logs to stdout only. */
export function createLogger({ file, echo = (line) => process.stdout.write(line), maxBytes = 5_000_000, now = () => new Date() }: LoggerOptions): Logger {
  const stream = openLogFile(file, maxBytes, echo);
  const write = (level: LogLevel) => (message: string) => {
    const line = `${now().toISOString()} ${level.toUpperCase().padEnd(5)} ${message.replaceAll('\n', '\n    ')}\n`;
    echo(line);
    stream?.write(line);
  };
  return {
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    close: () => new Promise((resolve) => (stream ? stream.end(resolve) : resolve())),
  };
}

function openLogFile(file: string, maxBytes: number, echo: (line: string) => void): WriteStream | null {
  try {
    mkdirSync(dirname(file), { recursive: true });
    if ((statSync(file, { throwIfNoEntry: false })?.size ?? 0) > maxBytes) renameSync(file, `${file}.old`);
    const stream = createWriteStream(file, { flags: 'a' });
    stream.on('error', (error) => echo(`log file ${file} failed: ${error.message}\n`));
    return stream;
  } catch (error) {
    echo(`cannot open log file ${file}: ${(error as Error).message}; logging to stdout only\n`);
    return null;
  }
}
