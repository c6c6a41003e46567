import type { BrowserWindow, Input } from 'electron';
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

/** The operator's way out of a kiosk: Ctrl+Shift+Q (Control on every platform). */
export function isQuitChord(input: Input): boolean {
  return input.type === 'keyDown' && input.control && input.shift && !input.alt && !input.meta && input.code === 'KeyQ';
}

export interface KioskGuard {
  /** Lets the window close (the app is quitting for a reason of its own, e.g. OS shutdown). */
  allowClose(): void;
}

/**
 * In kiosk mode, visitors cannot reload, close or inspect the window; only the
 * quit chord closes it. `quit` is called when the operator presses the chord.
 */
export function guardKiosk(window: BrowserWindow, log: Logger, quit: () => void): KioskGuard {
  let closeAllowed = false;
  const allowClose = () => {
    closeAllowed = true;
  };
  window.webContents.on('before-input-event', (event, input) => {
    if (isQuitChord(input)) {
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
    log.warn('refused to close the kiosk window (the operator quit chord is Ctrl+Shift+Q)');
  });
  // Windows asks windows to close at log-off and shutdown: never block the OS.
  window.on('session-end', allowClose);
  return { allowClose };
}
