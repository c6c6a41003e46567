/**
 * What the renderer asks of where it runs: Electron (through the preload's
 * `window.handover`) or a plain browser (URL parameters, the console).
 */
import { flagsFromSearch, parseFlags } from '@shared/config';
import type { LogEntry, Startup } from '@shared/ipc';

export async function getStartup(): Promise<Startup> {
  if (window.handover) return window.handover.getStartup();
  const { settings, problems } = parseFlags(flagsFromSearch(location.search));
  return { settings, problems };
}

export function log(entry: LogEntry): void {
  const line = `[handover] ${entry.message}`;
  if (entry.level === 'error') console.error(line);
  else if (entry.level === 'warn') console.warn(line);
  else console.info(line);
  window.handover?.log(entry);
}

/** Sends uncaught errors to the log (and so to main's log file); returns the unbinding. */
export function logUncaughtErrors(target: Window = window): () => void {
  const onError = (event: ErrorEvent) => log({ level: 'error', message: `uncaught: ${event.message} (${event.filename}:${event.lineno})` });
  const onRejection = (event: PromiseRejectionEvent) => log({ level: 'error', message: `unhandled rejection: ${String(event.reason)}` });
  target.addEventListener('error', onError);
  target.addEventListener('unhandledrejection', onRejection);
  return () => {
    target.removeEventListener('error', onError);
    target.removeEventListener('unhandledrejection', onRejection);
  };
}
