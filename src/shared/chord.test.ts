import { describe, expect, it } from 'vitest';
import { matchesChord, parseChord } from './chord';

const press = (code: string, mods: Partial<{ control: boolean; shift: boolean; alt: boolean; meta: boolean }> = {}) => ({
  control: false,
  shift: false,
  alt: false,
  meta: false,
  code,
  ...mods,
});

describe('operator chords', () => {
  it('reads "Ctrl+Shift+Q" and matches exactly that chord', () => {
    const chord = parseChord('Ctrl+Shift+Q')!;
    expect(matchesChord(chord, press('KeyQ', { control: true, shift: true }))).toBe(true);
    expect(matchesChord(chord, press('KeyQ', { control: true }))).toBe(false);
    expect(matchesChord(chord, press('KeyQ', { control: true, shift: true, meta: true }))).toBe(false);
    expect(matchesChord(chord, press('KeyW', { control: true, shift: true }))).toBe(false);
  });

  it('takes other spellings and F-keys', () => {
    expect(parseChord(' control + alt + f10 ')).toEqual({ control: true, shift: false, alt: true, code: 'F10' });
  });

  it.each(['Q', 'Shift+Q', 'Ctrl+Shift', 'Ctrl+Ctrl+Q', 'Ctrl+Hyper+Q', 'Ctrl+QQ', ''])('refuses %j', (text) => {
    expect(parseChord(text)).toBeNull();
  });
});
