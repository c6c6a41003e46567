import { describe, expect, it } from 'vitest';
import { isBlockedPress, type Press } from './blocked-keys';

const press = (code: string, key: string, mods: Partial<Omit<Press, 'code' | 'key'>> = {}): Press => ({
  code,
  key,
  control: false,
  meta: false,
  shift: false,
  alt: false,
  ...mods,
});

describe('isBlockedPress: the kiosk keys main and the page both swallow', () => {
  it.each([
    ['F5', press('F5', 'F5')],
    ['F11', press('F11', 'F11')],
    ['F12', press('F12', 'F12')],
    ['the browser-refresh key', press('BrowserRefresh', 'BrowserRefresh')],
    ['Ctrl+R', press('KeyR', 'r', { control: true })],
    ['Cmd+R', press('KeyR', 'r', { meta: true })],
    ['Ctrl+W', press('KeyW', 'w', { control: true })],
    ['Ctrl+P', press('KeyP', 'p', { control: true })],
    ['Ctrl+Shift+I', press('KeyI', 'I', { control: true, shift: true })],
    ['Cmd+Alt+I', press('KeyI', 'i', { meta: true, alt: true })],
    // Electron's Input names a letter by its place only in `code` in main's tests, the DOM by the character it types.
    ['Ctrl+R named by its place', press('KeyR', 'KeyR', { control: true })],
    ['Ctrl+W on AZERTY (the W sits where QWERTY has Z)', press('KeyZ', 'w', { control: true })],
  ])('%s is blocked', (_name, p) => {
    expect(isBlockedPress(p)).toBe(true);
  });

  it.each([
    ['R alone', press('KeyR', 'r')],
    ['P alone (previous chapter)', press('KeyP', 'p')],
    ['Ctrl+I', press('KeyI', 'i', { control: true })],
    ['Shift+W', press('KeyW', 'W', { shift: true })],
    ['Ctrl+Shift+Q (the operator quit chord)', press('KeyQ', 'Q', { control: true, shift: true })],
    ['ArrowRight', press('ArrowRight', 'ArrowRight')],
  ])('%s is passed on', (_name, p) => {
    expect(isBlockedPress(p)).toBe(false);
  });
});
