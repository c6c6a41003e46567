/**
 * The keys a show never passes on, in a kiosk window (main's before-input-event)
 * and in the page (the key table's 'swallow'): one list, so the two cannot
 * differ. Letters match by the character they type or by their place, so a
 * chord is caught on any layout.
 */

/** A key press, as Electron's Input and (renamed) the DOM's KeyboardEvent both describe it. */
export interface Press {
  code: string;
  key: string;
  control: boolean;
  meta: boolean;
  shift: boolean;
  alt: boolean;
}

export const BLOCKED_KEYS = {
  /** With or without modifiers: reload, fullscreen, devtools. */
  codes: ['F5', 'F11', 'F12', 'BrowserRefresh'],
  /** With Ctrl or Cmd: reload, close the window, print. */
  withCommand: ['r', 'w', 'p'],
  /** With Ctrl or Cmd and Shift or Alt: devtools. */
  withCommandAndShiftOrAlt: ['i'],
} as const satisfies Record<string, readonly string[]>;

const letterOf = ({ key, code }: Press): readonly string[] => [
  key.length === 1 ? key.toLowerCase() : '',
  code.startsWith('Key') ? code.slice(3).toLowerCase() : '',
];

/** Whether the show swallows this press: it would reload, close, print, leave fullscreen or open devtools. */
export function isBlockedPress(press: Press): boolean {
  if ((BLOCKED_KEYS.codes as readonly string[]).includes(press.code)) return true;
  if (!press.control && !press.meta) return false;
  const letters = letterOf(press);
  const among = (list: readonly string[]) => letters.some((letter) => letter !== '' && list.includes(letter));
  return among(BLOCKED_KEYS.withCommand) || ((press.shift || press.alt) && among(BLOCKED_KEYS.withCommandAndShiftOrAlt));
}
