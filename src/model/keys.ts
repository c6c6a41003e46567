/**
 * The key table: the one place that says which key does what. The keyboard
 * controller reads it to act and the help overlay reads it to list the keys,
 * so the help can never drift from the behaviour.
 * Letters and symbols are matched by the character they type (KeyboardEvent.key),
 * so A, ? and . are where the keyboard says they are, AZERTY included; keys
 * named by place (arrows, Page Up/Down, Enter, digits, F5) and the clicker's
 * black-screen key are matched on KeyboardEvent.code, the same on every layout.
 */
import type { Lang } from '../shared/i18n';
import { BLOCKED_KEYS, isBlockedPress } from '../shared/blocked-keys';

export type KeyAction =
  | 'next'
  | 'prev'
  | 'first'
  | 'last'
  | 'digit'
  | 'blackout'
  | 'help'
  | 'autoplay'
  | 'language'
  | 'dismiss'
  | 'presenter'
  | 'swallow'
  | 'overview'
  | 'prompt-chapter'
  | 'pause'
  | 'scrub';

/** How the named keys are written on screen, in each language: the help's labels and the hints in the panel use these. */
export const KEY_NAMES = {
  Space: { en: 'Space', fr: 'Espace' },
  PageDown: { en: 'Page Down', fr: 'Page suivante' },
  PageUp: { en: 'Page Up', fr: 'Page précédente' },
  Enter: { en: 'Enter', fr: 'Entrée' },
  Backspace: { en: 'Backspace', fr: 'Retour arrière' },
  Home: { en: 'Home', fr: 'Début' },
  End: { en: 'End', fr: 'Fin' },
  Escape: { en: 'Esc', fr: 'Échap' },
  Shift: { en: 'Shift', fr: 'Maj' },
} as const satisfies Record<string, Readonly<Record<Lang, string>>>;

export type KeyName = keyof typeof KEY_NAMES;

/** A key as one writes it: a named key (written per language), or text that reads the same in both (→, N, ?, Ctrl+R). */
type WrittenKey = KeyName | (string & {}) | Readonly<Record<Lang, string>>;

interface BindingSpec {
  action: KeyAction;
  /** KeyboardEvent.code values: keys known by their place. */
  codes: readonly string[];
  /** KeyboardEvent.key values (lower case): letters and symbols, known by what they type. */
  keys?: readonly string[];
  /** Which shift state a `codes` match needs; undefined means either. A binding that names the shift state wins over one that does not. */
  shift?: boolean;
  /** The keys as the help lists them, the one a hint shows first. */
  written: readonly WrittenKey[];
  /** What the help overlay says they do, in each language. */
  help: Readonly<Record<Lang, string>>;
}

export interface KeyBinding extends Omit<BindingSpec, 'written'> {
  /** The keys as written in each language, the one a hint shows first. */
  written: Readonly<Record<Lang, readonly string[]>>;
  /** How the keys are written in the help overlay (and docs/keys.md), in each language. */
  label: Readonly<Record<Lang, string>>;
}

const isKeyName = (key: string): key is KeyName => Object.hasOwn(KEY_NAMES, key);

/** How a key is written in `lang`. */
export const keyName = (key: WrittenKey, lang: Lang): string => (typeof key !== 'string' ? key[lang] : isKeyName(key) ? KEY_NAMES[key][lang] : key);

const withShift = (key: string) => ({ en: `${KEY_NAMES.Shift.en}+${key}`, fr: `${KEY_NAMES.Shift.fr}+${key}` });

const digits = Array.from({ length: 10 }, (_, d) => [`Digit${d}`, `Numpad${d}`]).flat();

const SPECS: readonly BindingSpec[] = [
  {
    action: 'next',
    codes: ['ArrowRight', 'ArrowDown', 'Space', 'PageDown', 'Enter', 'NumpadEnter'],
    keys: ['n'],
    written: ['→', '↓', 'Space', 'N', 'PageDown', 'Enter'],
    help: { en: 'Next chapter', fr: 'Chapitre suivant' },
  },
  {
    action: 'prev',
    codes: ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'],
    keys: ['p'],
    written: ['←', '↑', 'P', 'PageUp', 'Backspace'],
    help: { en: 'Previous chapter', fr: 'Chapitre précédent' },
  },
  { action: 'first', codes: ['Home'], written: ['Home'], help: { en: 'First chapter', fr: 'Premier chapitre' } },
  { action: 'last', codes: ['End'], written: ['End'], help: { en: 'Last chapter', fr: 'Dernier chapitre' } },
  // Digits by place: on AZERTY the digit keys type & é " … unshifted, and are still the chapter numbers.
  {
    action: 'digit',
    codes: digits,
    written: [{ en: `number, then ${KEY_NAMES.Enter.en}`, fr: `numéro, puis ${KEY_NAMES.Enter.fr}` }],
    help: { en: 'Go to that chapter', fr: 'Aller à ce chapitre' },
  },
  {
    action: 'prompt-chapter',
    codes: [],
    keys: ['g'],
    written: ['G'],
    help: { en: 'Go to a chapter: G, its number, then Enter', fr: 'Aller à un chapitre : G, son numéro, puis Entrée' },
  },
  { action: 'overview', codes: [], keys: ['o'], written: ['O'], help: { en: 'Every chapter at a glance', fr: 'Tous les chapitres d’un coup d’œil' } },
  {
    action: 'pause',
    codes: [],
    keys: ['k'],
    written: ['K'],
    help: { en: "Pause or resume the flag's travel", fr: 'Mettre en pause ou relancer le voyage du drapeau' },
  },
  // Shift+arrows by place; with Shift named here, they win over the plain arrows of next and prev.
  {
    action: 'scrub',
    codes: ['ArrowLeft', 'ArrowRight'],
    shift: true,
    written: [withShift('←'), withShift('→')],
    help: { en: 'Move the flag back or on along its leg', fr: 'Faire reculer ou avancer le drapeau sur son trajet' },
  },
  { action: 'help', codes: [], keys: ['?'], written: ['?'], help: { en: 'Show or hide this help', fr: 'Afficher ou masquer cette aide' } },
  // A clicker's black-screen button sends the key in the '.' place whatever the layout (':' on AZERTY).
  {
    action: 'blackout',
    codes: ['Period'],
    shift: false,
    keys: ['b', '.', '/'],
    written: ['B', '.', '/'],
    help: { en: 'Black screen on or off', fr: 'Écran noir ou retour à l’image' },
  },
  { action: 'autoplay', codes: [], keys: ['a'], written: ['A'], help: { en: 'Autoplay on or off', fr: 'Lecture automatique ou manuelle' } },
  { action: 'language', codes: [], keys: ['l'], written: ['L'], help: { en: 'Français / English', fr: 'English / Français' } },
  {
    action: 'presenter',
    codes: [],
    keys: ['s'],
    written: ['S'],
    help: { en: 'Presenter view: notes, next chapter, timer', fr: 'Mode présentateur : notes, chapitre suivant, minuteur' },
  },
  {
    action: 'dismiss',
    codes: ['Escape'],
    written: ['Escape'],
    help: {
      en: 'Close help or the overview, clear a number, leave the black screen',
      fr: 'Fermer l’aide ou la vue d’ensemble, effacer un numéro, quitter l’écran noir',
    },
  },
  // Keys that would reload, print or leave the show in a browser or kiosk: caught and ignored (the kiosk's list, shared with main).
  {
    action: 'swallow',
    codes: [...BLOCKED_KEYS.codes],
    written: ['F5', 'Ctrl+R', 'Ctrl+P'],
    help: { en: 'Caught: the show never reloads or prints', fr: 'Sans effet\u202f: la présentation ne se recharge ni ne s’imprime' },
  },
];

const byLang = <T>(make: (lang: Lang) => T): Record<Lang, T> => ({ en: make('en'), fr: make('fr') });

export const KEY_BINDINGS: readonly KeyBinding[] = SPECS.map((spec) => {
  const written = byLang((lang) => spec.written.map((key) => keyName(key, lang)));
  return { ...spec, written, label: byLang((lang) => written[lang].join('  ')) };
});

/** The key a hint shows for `action`: the first the help lists (→ for next, ? for help, Début for first in French). */
export const keyFor = (action: KeyAction, lang: Lang): string => KEY_BINDINGS.find((b) => b.action === action)!.written[lang][0]!;

export interface KeyPress {
  code: string;
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** The typed character of a press, lower case; '' for a named key such as 'Enter'. */
const typed = (press: KeyPress): string => (press.key.length === 1 ? press.key.toLowerCase() : '');

/** The binding a key press triggers, if any. Ctrl/Cmd/Alt chords other than the kiosk's blocked keys are left alone. */
export function bindingFor(press: KeyPress): KeyBinding | undefined {
  const { code, ctrlKey: control, metaKey: meta, shiftKey: shift, altKey: alt } = press;
  if (isBlockedPress({ code, key: press.key, control, meta, shift, alt })) return KEY_BINDINGS.find((b) => b.action === 'swallow');
  if (control || meta || alt) return undefined;
  const key = typed(press);
  const byPlace = (shift: boolean | undefined) => KEY_BINDINGS.find((b) => b.codes.includes(press.code) && b.shift === shift);
  return (key ? KEY_BINDINGS.find((b) => b.keys?.includes(key)) : undefined) ?? byPlace(press.shiftKey) ?? byPlace(undefined);
}

/** The digit that a DigitN or NumpadN code stands for. */
export function digitOf(code: string): number {
  return Number(code.slice(-1));
}
