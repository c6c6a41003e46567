/**
 * What the renderer asks of where it runs: Electron (through the preload's
 * `window.handover`) or a plain browser (URL parameters, the console).
 */
import { flagsFromSearch, parseFlags, type Settings } from '@shared/config';
import type { LogEntry, Startup, StatusReport } from '@shared/ipc';
import { PRESENTER_SEARCH } from '@shared/presenter';
import { noteError } from './status/error-tally';

export async function getStartup(): Promise<Startup> {
  if (window.handover) return window.handover.getStartup();
  const { settings, problems } = parseFlags(flagsFromSearch(location.search));
  return { settings, problems };
}

export function log(entry: LogEntry): void {
  const line = `[handover] ${entry.message}`;
  if (entry.level === 'error') {
    noteError(entry.message);
    console.error(line);
  } else if (entry.level === 'warn') console.warn(line);
  else console.info(line);
  window.handover?.log(entry);
}

/**
 * The show's health, for the status files: to main in Electron; in a browser,
 * to the local server that serves the page (scripts/serve.mjs), which writes
 * them. A server that does not take it (another static server) is no error.
 */
export function reportStatus(report: StatusReport): void {
  if (window.handover) {
    window.handover.reportStatus(report);
    return;
  }
  void fetch('./status', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(report), cache: 'no-store' }).catch(() => {});
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

/** The browser window the presenter view opens in: one, found again by name. */
const PRESENTER_WINDOW = 'handover-presenter';

/**
 * Opens the presenter view, or brings it forward. In Electron, main opens it
 * (on the second display) and applies its own rules; in a browser, a second
 * window of the app, if `allowed`. Returns false when the browser blocked it.
 */
export function openPresenter(allowed: boolean): boolean {
  if (window.handover) {
    window.handover.openPresenter();
    return true;
  }
  if (!allowed) {
    log({ level: 'info', message: 'S: the presenter view opens only in a windowed show or one started with ?presenter' });
    return true;
  }
  // An empty URL finds the open presenter window without reloading it; a new one starts blank.
  const popup = window.open('', PRESENTER_WINDOW, 'popup,width=1280,height=800');
  if (!popup) {
    log({ level: 'warn', message: 'the browser blocked the presenter window; press S, or open index.html?view=presenter' });
    return false;
  }
  if (popup.location.href === 'about:blank') popup.location.replace(`${location.pathname}${PRESENTER_SEARCH}${location.hash}`);
  popup.focus();
  return true;
}

/** `--presenter`, `?presenter`: a browser show opens its presenter view at start (in Electron, main does). False if blocked. */
export function openPresenterAtStart(settings: Settings): boolean {
  return window.handover !== undefined || !settings.presenter || openPresenter(true);
}
