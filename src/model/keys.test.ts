import { describe, expect, it } from 'vitest';
import { LANGS } from '../shared/i18n';
import { bindingFor, digitOf, KEY_BINDINGS, keyFor, keyName, type KeyAction, type KeyPress } from './keys';

type Mods = Partial<Omit<KeyPress, 'code' | 'key'>>;

/** What a US (QWERTY) layout types for a key, as KeyboardEvent.key. */
function usKey(code: string, shift: boolean): string {
  if (/^Key[A-Z]$/.test(code)) return shift ? code.slice(3) : code.slice(3).toLowerCase();
  if (/^(Digit|Numpad)\d$/.test(code)) return code.slice(-1);
  const symbols: Record<string, [string, string]> = { Period: ['.', '>'], Slash: ['/', '?'], Comma: [',', '<'], Space: [' ', ' '] };
  return symbols[code]?.[shift ? 1 : 0] ?? code;
}

/** A key press on a US keyboard. */
function press(code: string, mods: Mods = {}): KeyPress {
  return { code, key: usKey(code, mods.shiftKey ?? false), shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...mods };
}

/** A key press on a French AZERTY keyboard: the key in `code`'s place, typing `key`. */
function azerty(code: string, key: string, mods: Mods = {}): KeyPress {
  return { code, key, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...mods };
}

const actionOf = (code: string, mods: Mods = {}) => bindingFor(press(code, mods))?.action;

describe('bindingFor: the keys a presenter or a clicker sends', () => {
  it.each(['ArrowRight', 'ArrowDown', 'Space', 'KeyN', 'PageDown', 'Enter'])('%s goes to the next chapter', (code) => {
    expect(actionOf(code)).toBe('next');
  });

  it.each(['ArrowLeft', 'ArrowUp', 'KeyP', 'PageUp', 'Backspace'])('%s goes to the previous chapter', (code) => {
    expect(actionOf(code)).toBe('prev');
  });

  it('Home goes to the first chapter and End to the last', () => {
    expect(actionOf('Home')).toBe('first');
    expect(actionOf('End')).toBe('last');
  });

  it('every digit, on the top row or the keypad, types a chapter number', () => {
    for (let d = 0; d <= 9; d++) {
      expect(actionOf(`Digit${d}`)).toBe('digit');
      expect(actionOf(`Numpad${d}`)).toBe('digit');
      expect(digitOf(`Digit${d}`)).toBe(d);
      expect(digitOf(`Numpad${d}`)).toBe(d);
    }
  });

  it.each(['KeyB', 'Period', 'Slash'])('%s (unshifted) blacks the screen out, as clickers’ black-screen buttons send', (code) => {
    expect(actionOf(code)).toBe('blackout');
  });

  it('Shift+Slash (?) shows the help, not the black screen', () => {
    expect(actionOf('Slash', { shiftKey: true })).toBe('help');
  });

  it('A toggles autoplay, with or without Shift', () => {
    expect(actionOf('KeyA')).toBe('autoplay');
    expect(actionOf('KeyA', { shiftKey: true })).toBe('autoplay');
  });

  it('S asks for the presenter view, with or without Shift, on QWERTY and AZERTY alike', () => {
    expect(actionOf('KeyS')).toBe('presenter');
    expect(actionOf('KeyS', { shiftKey: true })).toBe('presenter');
    expect(bindingFor(azerty('KeyS', 's'))?.action).toBe('presenter');
    expect(bindingFor(press('KeyS', { ctrlKey: true }))).toBeUndefined();
  });

  it('Escape dismisses', () => {
    expect(actionOf('Escape')).toBe('dismiss');
  });

  it('F5, Ctrl+R and Cmd+R are swallowed so the show never reloads', () => {
    expect(actionOf('F5')).toBe('swallow');
    expect(actionOf('KeyR', { ctrlKey: true })).toBe('swallow');
    expect(actionOf('KeyR', { metaKey: true })).toBe('swallow');
    expect(actionOf('F5', { ctrlKey: true })).toBe('swallow');
  });

  it('the page swallows what the kiosk window blocks: Ctrl+W and the devtools chord too, as well as Ctrl+P', () => {
    expect(actionOf('KeyW', { ctrlKey: true })).toBe('swallow');
    expect(actionOf('KeyI', { ctrlKey: true, shiftKey: true })).toBe('swallow');
    expect(actionOf('KeyP', { ctrlKey: true })).toBe('swallow');
  });

  it('a plain R does nothing', () => {
    expect(bindingFor(press('KeyR'))).toBeUndefined();
  });

  it('Ctrl, Cmd and Alt chords do not move the show (Ctrl+N, Alt+→, Cmd+A)', () => {
    expect(bindingFor(press('KeyN', { ctrlKey: true }))).toBeUndefined();
    expect(bindingFor(press('ArrowRight', { altKey: true }))).toBeUndefined();
    expect(bindingFor(press('KeyA', { metaKey: true }))).toBeUndefined();
  });

  it('a key with no binding does nothing', () => {
    expect(bindingFor(press('KeyZ'))).toBeUndefined();
  });

  it('O opens the overview, G asks for a chapter number and K pauses the travel', () => {
    expect(actionOf('KeyO')).toBe('overview');
    expect(actionOf('KeyG')).toBe('prompt-chapter');
    expect(actionOf('KeyK')).toBe('pause');
  });

  it('Shift+← and Shift+→ scrub the leg, and do not also step through the chapters', () => {
    expect(actionOf('ArrowLeft', { shiftKey: true })).toBe('scrub');
    expect(actionOf('ArrowRight', { shiftKey: true })).toBe('scrub');
    expect(actionOf('ArrowRight')).toBe('next');
    expect(actionOf('ArrowLeft')).toBe('prev');
    expect(actionOf('ArrowDown', { shiftKey: true })).toBe('next');
  });
});

describe('bindingFor on a French AZERTY keyboard', () => {
  it('O, G and K are found by the letter they type (on AZERTY in the same places as on QWERTY)', () => {
    expect(bindingFor(azerty('KeyO', 'o'))?.action).toBe('overview');
    expect(bindingFor(azerty('KeyG', 'g'))?.action).toBe('prompt-chapter');
    expect(bindingFor(azerty('KeyK', 'k'))?.action).toBe('pause');
  });

  it('the key marked L switches the language on either layout', () => {
    expect(actionOf('KeyL')).toBe('language');
    expect(bindingFor(azerty('KeyL', 'l'))?.action).toBe('language');
  });

  it('the key marked A (in the place of QWERTY Q) toggles autoplay; the key marked Q does not', () => {
    expect(bindingFor(azerty('KeyQ', 'a'))?.action).toBe('autoplay');
    expect(bindingFor(azerty('KeyA', 'q'))).toBeUndefined();
  });

  it('? (Shift and the key marked , ?) shows the help', () => {
    expect(bindingFor(azerty('KeyM', '?', { shiftKey: true }))?.action).toBe('help');
    expect(bindingFor(azerty('KeyM', ','))).toBeUndefined();
  });

  it('. (Shift and the key marked ; .) and / (Shift and : /) black the screen out', () => {
    expect(bindingFor(azerty('Comma', '.', { shiftKey: true }))?.action).toBe('blackout');
    expect(bindingFor(azerty('Period', '/', { shiftKey: true }))?.action).toBe('blackout');
  });

  it("a clicker's black-screen button still blacks out: it sends the '.' place, which types : here", () => {
    expect(bindingFor(azerty('Period', ':'))?.action).toBe('blackout');
  });

  it('the digit keys type chapter numbers with or without Shift (& é " unshifted)', () => {
    expect(bindingFor(azerty('Digit1', '&'))?.action).toBe('digit');
    expect(bindingFor(azerty('Digit2', 'é'))?.action).toBe('digit');
    expect(bindingFor(azerty('Digit2', '2', { shiftKey: true }))?.action).toBe('digit');
  });

  it('N, P, B, Page Up/Down and the arrows work as on any keyboard; Ctrl+R is still caught', () => {
    expect(bindingFor(azerty('KeyN', 'n'))?.action).toBe('next');
    expect(bindingFor(azerty('KeyP', 'p'))?.action).toBe('prev');
    expect(bindingFor(azerty('KeyB', 'b'))?.action).toBe('blackout');
    expect(bindingFor(azerty('PageDown', 'PageDown'))?.action).toBe('next');
    expect(bindingFor(azerty('ArrowLeft', 'ArrowLeft'))?.action).toBe('prev');
    expect(bindingFor(azerty('KeyR', 'r', { ctrlKey: true }))?.action).toBe('swallow');
  });
});

describe('KEY_BINDINGS: the table that drives both the keys and the help overlay', () => {
  const codes = [...new Set(KEY_BINDINGS.flatMap((b) => b.codes))];

  it('binds no typed character to two actions', () => {
    const keys = KEY_BINDINGS.flatMap((b) => b.keys ?? []);
    expect(new Set(keys).size).toBe(keys.length);
  });

  // A binding that names the shift state wins over one that takes either, so two actions for one key means two of the same kind.
  it.each([false, true, undefined])('binds no key to two actions (shift %s)', (shift) => {
    for (const code of codes) {
      const matches = KEY_BINDINGS.filter((b) => b.codes.includes(code) && b.shift === shift);
      expect(matches.length, `${code} with shift ${shift}`).toBeLessThanOrEqual(1);
    }
  });

  it('lists each action once, so the help shows each once', () => {
    const actions = KEY_BINDINGS.map((b) => b.action);
    expect(new Set(actions).size).toBe(actions.length);
  });

  it('gives every binding a label and a help text for the overlay', () => {
    for (const b of KEY_BINDINGS) {
      for (const lang of LANGS) {
        expect(b.label[lang].trim(), `${b.action} ${lang}`).not.toBe('');
        expect(b.help[lang].trim(), `${b.action} ${lang}`).not.toBe('');
      }
    }
  });

  it('gives every binding a different help text', () => {
    for (const lang of LANGS) {
      const helps = KEY_BINDINGS.map((b) => b.help[lang]);
      expect(new Set(helps).size).toBe(helps.length);
    }
  });

  it('names Page Up and Page Down in the help, the keys a clicker sends', () => {
    const labelOf = (action: KeyAction) => KEY_BINDINGS.find((b) => b.action === action)!.label.en;
    expect(labelOf('next')).toContain('Page Down');
    expect(labelOf('prev')).toContain('Page Up');
  });

  it('tells ? (help) apart from / (blackout) in the help', () => {
    const labelOf = (action: KeyAction) => KEY_BINDINGS.find((b) => b.action === action)!.label.en;
    expect(labelOf('help')).toBe('?');
    expect(labelOf('blackout')).toContain('/');
  });

  it('gives the hints the first key the help lists, written in the show’s language', () => {
    expect(keyFor('next', 'en')).toBe('→');
    expect(keyFor('help', 'fr')).toBe('?');
    expect(keyFor('first', 'fr')).toBe('Début');
    expect(keyFor('dismiss', 'fr')).toBe('Échap');
    expect(keyName('Enter', 'fr')).toBe('Entrée');
    expect(KEY_BINDINGS.find((b) => b.action === 'scrub')!.label.fr).toBe('Maj+←  Maj+→');
  });
});
