/**
 * The main process's last line of defence. Electron shows a modal error box
 * for an uncaught exception in main unless a listener handles it; on a kiosk
 * that box would sit over the show until someone clicks it. So every uncaught
 * exception and unhandled rejection is logged and the show goes on.
 */
import type { Logger } from './log';

/** The bit of `process` used here, so a test can pass an EventEmitter. */
export interface ProcessEvents {
  on(event: 'uncaughtException' | 'unhandledRejection', listener: (reason: unknown) => void): unknown;
  off(event: 'uncaughtException' | 'unhandledRejection', listener: (reason: unknown) => void): unknown;
}

const describe = (reason: unknown): string => (reason instanceof Error ? (reason.stack ?? reason.message) : String(reason));

/** Logs what main did not catch, instead of a dialog. Returns the unbind. */
export function guardMainProcess(proc: ProcessEvents, log: Pick<Logger, 'error'>): () => void {
  const onException = (error: unknown) => log.error(`main: uncaught exception: ${describe(error)}`);
  const onRejection = (reason: unknown) => log.error(`main: unhandled rejection: ${describe(reason)}`);
  proc.on('uncaughtException', onException);
  proc.on('unhandledRejection', onRejection);
  return () => {
    proc.off('uncaughtException', onException);
    proc.off('unhandledRejection', onRejection);
  };
}
