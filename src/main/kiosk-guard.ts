import type { BrowserWindow, Input } from 'electron';
import { matchesChord, parseChord, type Chord } from '@shared/chord';
import { DEFAULT_SETTINGS } from '@shared/config';
import type { Logger } from './log';

/** Keys that would reload, close, leave fullscreen or open devtools. */
export function isBlockedKey(input: Input): boolean {
  if (input.type !== 'keyDown') return false;
  const mod = input.control || input.meta;
  switch (input.code) {
    case 'F5':
    case 'F11':
    case 'F12':
      return true;
    case 'KeyR':
    case 'KeyW':
      return mod;
    case 'KeyI':
      return mod && (input.shift || input.alt);
    default:
      return false;
  }
}

const DEFAULT_CHORD = parseChord(DEFAULT_SETTINGS.operatorChord)!;

/** The operator's way out of a kiosk: the `operatorChord` setting, Ctrl+Shift+Q by default (Control on every platform). */
export function isQuitChord(input: Input, chord: Chord = DEFAULT_CHORD): boolean {
  return input.type === 'keyDown' && matchesChord(chord, input);
}

export interface KioskGuard {
  /** Lets the window close (the app is quitting for a reason of its own, e.g. OS shutdown). */
  allowClose(): void;
}

/**
 * In kiosk mode, visitors cannot reload, close or inspect the window; only the
 * quit chord closes it. `quit` is called when the operator presses the chord.
 */
export function guardKiosk(window: BrowserWindow, log: Logger, quit: () => void, chordText: string = DEFAULT_SETTINGS.operatorChord): KioskGuard {
  const chord = parseChord(chordText) ?? DEFAULT_CHORD;
  let closeAllowed = false;
  const allowClose = () => {
    closeAllowed = true;
  };
  window.webContents.on('before-input-event', (event, input) => {
    if (isQuitChord(input, chord)) {
      event.preventDefault();
      log.info('operator quit chord pressed: quitting');
      allowClose();
      quit();
    } else if (isBlockedKey(input)) {
      event.preventDefault();
    }
  });
  window.on('close', (event) => {
    if (closeAllowed) return;
    event.preventDefault();
    log.warn(`refused to close the kiosk window (the operator quit chord is ${chordText})`);
  });
  // Windows asks windows to close at log-off and shutdown: never block the OS.
  window.on('session-end', allowClose);
  return { allowClose };
}
