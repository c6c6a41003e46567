import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow as ElectronWindow, Input } from 'electron';
import { BrowserWindow, fakeEvent } from './fake-electron.test-support';
import { recordingLogger } from './recording-logger.test-support';
import { guardKiosk, isBlockedKey, isQuitChord } from './kiosk-guard';

vi.mock('electron', () => import('./fake-electron.test-support'));

function key(code: string, mods: Partial<Pick<Input, 'control' | 'shift' | 'alt' | 'meta'>> = {}): Input {
  return {
    type: 'keyDown',
    code,
    key: code,
    control: false,
    shift: false,
    alt: false,
    meta: false,
    isAutoRepeat: false,
    isComposing: false,
    location: 0,
    modifiers: [],
    ...mods,
  } as Input;
}

function guardedWindow(chord?: string) {
  const window = new BrowserWindow({});
  const quit = vi.fn();
  const guard = guardKiosk(window as unknown as ElectronWindow, recordingLogger(), quit, chord);
  const press = (input: Input) => {
    const event = fakeEvent();
    window.webContents.emit('before-input-event', event, input);
    return event.defaultPrevented;
  };
  return { window, quit, guard, press };
}

describe('kiosk keys', () => {
  it.each([
    ['F5', key('F5')],
    ['Ctrl+R', key('KeyR', { control: true })],
    ['Cmd+R', key('KeyR', { meta: true })],
    ['Ctrl+Shift+R', key('KeyR', { control: true, shift: true })],
    ['Ctrl+W', key('KeyW', { control: true })],
    ['F11', key('F11')],
    ['F12', key('F12')],
    ['Ctrl+Shift+I', key('KeyI', { control: true, shift: true })],
    ['Cmd+Alt+I', key('KeyI', { meta: true, alt: true })],
    ['Ctrl+P', key('KeyP', { control: true })],
    ['BrowserRefresh', key('BrowserRefresh')],
  ])('%s is swallowed', (_name, input) => {
    expect(isBlockedKey(input)).toBe(true);
    expect(guardedWindow().press(input)).toBe(true);
  });

  it.each([
    ['ArrowRight', key('ArrowRight')],
    ['Space', key('Space')],
    ['PageDown', key('PageDown')],
    ['R alone', key('KeyR')],
    ['Ctrl+I', key('KeyI', { control: true })],
  ])('%s reaches the page', (_name, input) => {
    expect(guardedWindow().press(input)).toBe(false);
  });

  it('key releases are never swallowed', () => {
    expect(isBlockedKey({ ...key('F5'), type: 'keyUp' })).toBe(false);
  });
});

describe('closing a kiosk', () => {
  it('a close is refused', () => {
    const { window, quit } = guardedWindow();
    expect(window.close()).toBe(false);
    expect(quit).not.toHaveBeenCalled();
  });

  it('Ctrl+Shift+Q quits and lets the window close', () => {
    const { window, quit, press } = guardedWindow();
    expect(isQuitChord(key('KeyQ', { control: true, shift: true }))).toBe(true);
    expect(press(key('KeyQ', { control: true, shift: true }))).toBe(true);
    expect(quit).toHaveBeenCalledOnce();
    expect(window.close()).toBe(true);
  });

  it('Ctrl+Q and Ctrl+Alt+Shift+Q do not quit', () => {
    const { quit, press } = guardedWindow();
    press(key('KeyQ', { control: true }));
    press(key('KeyQ', { control: true, shift: true, alt: true }));
    expect(quit).not.toHaveBeenCalled();
  });

  it('the operator chord can be set: Ctrl+Alt+F10 quits, and Ctrl+Shift+Q then does not', () => {
    const { quit, press } = guardedWindow('Ctrl+Alt+F10');
    press(key('KeyQ', { control: true, shift: true }));
    expect(quit).not.toHaveBeenCalled();
    expect(press(key('F10', { control: true, alt: true }))).toBe(true);
    expect(quit).toHaveBeenCalledOnce();
  });

  it('a close the app allows (OS shutdown, app quitting) goes through', () => {
    const { window, guard } = guardedWindow();
    guard.allowClose();
    expect(window.close()).toBe(true);
  });

  it('Windows log-off is never blocked', () => {
    const { window } = guardedWindow();
    window.emit('session-end', fakeEvent());
    expect(window.close()).toBe(true);
  });

  it('removes every listener it added when the window closes, or when unbound', () => {
    const listeners = (w: BrowserWindow) =>
      ['close', 'session-end', 'closed'].map((e) => w.listenerCount(e)).concat(w.webContents.listenerCount('before-input-event'));
    const { window, guard } = guardedWindow();
    guard.allowClose();
    window.close();
    expect(listeners(window)).toEqual([0, 0, 0, 0]);
    const other = guardedWindow();
    other.guard.unbind();
    expect(listeners(other.window)).toEqual([0, 0, 0, 0]);
    expect(other.press(key('F5'))).toBe(false);
  });
});
