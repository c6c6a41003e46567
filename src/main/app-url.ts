/**
 * The app's own origin. Everything the window loads comes from here, served by
 * the `app` protocol; any other URL is foreign and is refused.
 */
import { PRESENTER_SEARCH } from '@shared/presenter';

export const APP_SCHEME = 'app';
export const APP_HOST = 'handover';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const START_URL = `${APP_ORIGIN}/index.html`;
/** The presenter view: the same app, as the speaker's window (see @shared/presenter). */
export const PRESENTER_URL = `${START_URL}${PRESENTER_SEARCH}`;

/**
 * True for `app://handover/...`. Compared part by part because Node's URL
 * gives custom schemes an opaque origin ("null"), so `origin` cannot be used.
 */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}
