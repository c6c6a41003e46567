import type { BrowserWindow, Input, WebContents } from 'electron';
import { matchesChord, parseChord, type Chord } from '@shared/chord';
import { DEFAULT_SETTINGS } from '@shared/config';
import { isBlockedPress } from '@shared/blocked-keys';
import type { Logger } from './log';

/** Keys that would reload, close, print, leave fullscreen or open devtools (the list the page's key table swallows too). */
export function isBlockedKey(input: Input): boolean {
  return input.type === 'keyDown' && isBlockedPress(input);
}

const DEFAULT_CHORD = parseChord(DEFAULT_SETTINGS.operatorChord)!;

/** The operator's way out of a kiosk: the `operatorChord` setting, Ctrl+Shift+Q by default (Control on every platform). */
export function isQuitChord(input: Input, chord: Chord = DEFAULT_CHORD): boolean {
  return input.type === 'keyDown' && matchesChord(chord, input);
}

/** The chord the `operatorChord` setting names, or Ctrl+Shift+Q if it names none (settings checks it first). */
export const operatorChordOf = (text: string): Chord => parseChord(text) ?? DEFAULT_CHORD;

/**
 * The kiosk's keys, for every window of a kiosk (the show's, the presenter
 * view's): nothing reloads, closes or opens devtools from the keyboard; the
 * operator's chord calls `onQuit`. Returns the unbind; it also unbinds itself
 * when the window closes.
 */
export function guardKioskKeys(window: BrowserWindow, chord: Chord, onQuit: () => void): () => void {
  const contents: WebContents = window.webContents;
  const onInput = (event: Electron.Event, input: Input) => {
    if (isQuitChord(input, chord)) {
      event.preventDefault();
      onQuit();
    } else if (isBlockedKey(input)) {
      event.preventDefault();
    }
  };
  const unbind = () => {
    contents.off('before-input-event', onInput);
    window.off('closed', unbind);
  };
  contents.on('before-input-event', onInput);
  window.once('closed', unbind);
  return unbind;
}

export interface KioskGuard {
  /** Lets the window close (the app is quitting for a reason of its own, e.g. OS shutdown). */
  allowClose(): void;
  /** Removes the guard's listeners (it does so itself when the window closes). */
  unbind(): void;
}

/**
 * In kiosk mode, visitors cannot reload, close or inspect the window; only the
 * quit chord closes it. `quit` is called when the operator presses the chord.
 */
export function guardKiosk(window: BrowserWindow, log: Logger, quit: () => void, chordText: string = DEFAULT_SETTINGS.operatorChord): KioskGuard {
  let closeAllowed = false;
  const allowClose = () => {
    closeAllowed = true;
  };
  const unguardKeys = guardKioskKeys(window, operatorChordOf(chordText), () => {
    log.info('operator quit chord pressed: quitting');
    allowClose();
    quit();
  });
  const onClose = (event: Electron.Event) => {
    if (closeAllowed) return;
    event.preventDefault();
    log.warn(`refused to close the kiosk window (the operator quit chord is ${chordText})`);
  };
  window.on('close', onClose);
  // Windows asks windows to close at log-off and shutdown: never block the OS.
  window.on('session-end', allowClose);
  const unbind = () => {
    unguardKeys();
    window.off('close', onClose);
    window.off('session-end', allowClose);
    window.off('closed', unbind);
  };
  window.once('closed', unbind);
  return { allowClose, unbind };
}
