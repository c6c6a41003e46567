/**
 * The key table: the one place that says which key does what. The keyboard
 * controller reads it to act and the help overlay reads it to list the keys,
 * so the help can never drift from the behaviour.
 * Keys are matched on KeyboardEvent.code (the physical key), as Leaflet does.
 */
export type KeyAction =
  | 'next'
  | 'prev'
  | 'first'
  | 'last'
  | 'digit'
  | 'blackout'
  | 'help'
  | 'autoplay'
  | 'dismiss'
  | 'swallow';

export interface KeyBinding {
  action: KeyAction;
  /** KeyboardEvent.code values. */
  codes: readonly string[];
  /** Which shift state the binding needs; undefined means either. */
  shift?: boolean;
  /** How the keys are written in the help overlay. */
  label: string;
  /** What the help overlay says they do. */
  help: string;
}

const digits = Array.from({ length: 10 }, (_, d) => [`Digit${d}`, `Numpad${d}`]).flat();

export const KEY_BINDINGS: readonly KeyBinding[] = [
  {
    action: 'next',
    codes: ['ArrowRight', 'ArrowDown', 'Space', 'KeyN', 'PageDown', 'Enter', 'NumpadEnter'],
    label: '→  ↓  Space  N  Page Down  Enter',
    help: 'Next chapter',
  },
  {
    action: 'prev',
    codes: ['ArrowLeft', 'ArrowUp', 'KeyP', 'PageUp', 'Backspace'],
    label: '←  ↑  P  Page Up  Backspace',
    help: 'Previous chapter',
  },
  { action: 'first', codes: ['Home'], label: 'Home', help: 'First chapter' },
  { action: 'last', codes: ['End'], label: 'End', help: 'Last chapter' },
  { action: 'digit', codes: digits, label: 'number, then Enter', help: 'Go to that chapter' },
  { action: 'help', codes: ['Slash'], shift: true, label: '?', help: 'Show or hide this help' },
  { action: 'blackout', codes: ['KeyB', 'Period', 'Slash'], shift: false, label: 'B  .  /', help: 'Black screen on or off' },
  { action: 'autoplay', codes: ['KeyA'], label: 'A', help: 'Autoplay on or off' },
  { action: 'dismiss', codes: ['Escape'], label: 'Esc', help: 'Close help, clear a number, leave the black screen' },
  // Keys that would reload, print or leave the show in a browser or kiosk: caught and ignored.
  { action: 'swallow', codes: ['F5', 'F11', 'F12', 'BrowserRefresh'], label: 'F5  Ctrl+R  Ctrl+P', help: 'Caught: the show never reloads or prints' },
];

export interface KeyPress {
  code: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** Ctrl/Cmd chords that would reload or print the page: caught, never passed on. */
const CAUGHT_CHORDS: ReadonlySet<string> = new Set(['KeyR', 'F5', 'KeyP']);

/** The binding a key press triggers, if any. Ctrl/Cmd/Alt chords other than reloads are left alone. */
export function bindingFor(press: KeyPress): KeyBinding | undefined {
  if (press.ctrlKey || press.metaKey || press.altKey) {
    return CAUGHT_CHORDS.has(press.code) ? KEY_BINDINGS.find((b) => b.action === 'swallow') : undefined;
  }
  return KEY_BINDINGS.find((b) => b.codes.includes(press.code) && (b.shift === undefined || b.shift === press.shiftKey));
}

/** The digit that a DigitN or NumpadN code stands for. */
export function digitOf(code: string): number {
  return Number(code.slice(-1));
}
