import type { App, Session, WebContents } from 'electron';
import { isAppUrl } from './app-url';
import type { Logger } from './log';

/**
 * Schemes a request may use. The app makes no network request, ever: data:
 * and blob: are in-memory (Leaflet and the CSP's img-src use them), devtools:
 * is the inspector in windowed mode.
 */
const ALLOWED_SCHEMES = new Set(['app:', 'devtools:', 'data:', 'blob:']);

export function isAllowedRequest(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'app:' ? isAppUrl(url) : ALLOWED_SCHEMES.has(protocol);
  } catch {
    return false;
  }
}

/** No permission is ever granted, and every request off the app's origin is cancelled. */
export function hardenSession(session: Session, log: Logger): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log.warn(`denied permission request: ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url);
    if (!allowed) log.warn(`blocked request to ${details.url}`);
    callback({ cancel: !allowed });
  });
}

/** Every web contents, present and future: no pop-ups, no leaving the app, no webviews. */
export function guardAllWebContents(app: App, log: Logger): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, log));
}

export function guardWebContents(contents: WebContents, log: Logger): void {
  contents.setWindowOpenHandler(({ url }) => {
    log.warn(`denied window.open(${url})`);
    return { action: 'deny' };
  });
  const stayInApp = (event: Electron.Event<{ url: string }>) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    log.warn(`prevented navigation to ${event.url}`);
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log.warn('prevented a <webview> from attaching');
  });
}
