/**
 * The presenter view: a second window for the speaker, with the current and
 * next chapter, the notes, the elapsed time and the clock. This module holds
 * what both Electron's main process and the renderer need to agree on.
 */
import type { Settings } from './config';

/** The URL parameter, `?view=presenter`, that makes a window of the app the presenter view. */
export const VIEW_PARAM = 'view';
export const PRESENTER_VIEW = 'presenter';
export const PRESENTER_SEARCH = `?${VIEW_PARAM}=${PRESENTER_VIEW}`;

/** Whether a page opened with this location search is the presenter view. */
export const isPresenterView = (search: string): boolean => new URLSearchParams(search).get(VIEW_PARAM) === PRESENTER_VIEW;

/**
 * Whether S may open the presenter view. A visitor at a kiosk must not open
 * windows, so in a kiosk only an operator who started it with --presenter
 * (or `"presenter": true`) allows it; a windowed show always does.
 */
export const presenterAllowed = (settings: Pick<Settings, 'kiosk' | 'presenter'>): boolean => !settings.kiosk || settings.presenter;

const pad = (n: number) => String(n).padStart(2, '0');

/** Elapsed time as a speaker reads it: 4:05 under an hour, 1:04:05 after. */
export function formatElapsed(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor(seconds / 60) % 60;
  const s = seconds % 60;
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}
