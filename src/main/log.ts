/**
 * The main process's log, kept by electron-log: each line to a file in the
 * logs folder and echoed to stdout. electron-log writes synchronously, so the
 * last line before a crash is on disk, and bounds the file while running: past
 * `maxBytes` it is moved aside to `<name>.old` (replacing the previous one) and
 * a new file begins, so a kiosk that never restarts keeps about twice `maxBytes`.
 * It never throws: a file that cannot be written leaves the echo.
 */
import { mkdirSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import electronLog from 'electron-log/node';
import type { LogFile, LogMessage } from 'electron-log';
import type { LogLevel } from '@shared/ipc';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  /** Stops writing the file; later lines are echoed only. */
  close(): Promise<void>;
}

export interface LoggerOptions {
  /** The log file; lines are appended. */
  file: string;
  /** Where each line is echoed, newline included; stdout by default. */
  echo?: (line: string) => void;
  /** Past this size the file is moved aside (checked before each line), so a kiosk running for months cannot fill the disk. */
  maxBytes?: number;
  now?: () => Date;
}

export const LOG_FILE_NAME = 'handover.log';

/** One line: ISO time, level, message; further lines of the message indented. */
const formatLine = ({ message }: { message: LogMessage }): string[] => [
  `${message.date.toISOString()} ${message.level.toUpperCase().padEnd(5)} ${message.data.map(String).join(' ').replaceAll('\n', '\n    ')}`,
];

let loggers = 0;

export function createLogger({ file, echo = (line) => process.stdout.write(line), maxBytes = 5_000_000, now = () => new Date() }: LoggerOptions): Logger {
  const logger = electronLog.create({ logId: `handover-${++loggers}` });
  logger.hooks.push((message) => ({ ...message, date: now() }));

  const console = logger.transports.console;
  console.format = formatLine;
  console.writeFn = ({ message }) => echo(`${message.data.join(' ')}\n`);

  const log = logger.transports.file;
  log.resolvePathFn = () => file;
  log.format = formatLine;
  log.maxSize = maxBytes;
  log.sync = true;
  log.archiveLogFn = (old: LogFile) => renameSync(old.path, `${old.path}.old`);
  if (!canWriteIn(dirname(file))) {
    echo(`cannot open log file ${file}; logging to stdout only\n`);
    log.level = false;
  }

  const write = (level: LogLevel) => (message: string) => logger[level](message);
  return {
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    close: async () => {
      log.level = false;
    },
  };
}

function canWriteIn(folder: string): boolean {
  try {
    mkdirSync(folder, { recursive: true });
    return true;
  } catch {
    return false;
  }
}
