import type { BrowserWindow as ElectronWindow, Screen } from 'electron';
import { beforeEach, describe, expect, it } from 'vitest';
import { BrowserWindow, FakeScreen, resetFakeElectron } from './fake-electron.test-support';
import { recordingLogger } from './recording-logger.test-support';
import { chooseDisplay, followDisplay } from './display';

beforeEach(resetFakeElectron);

const second = { id: 2, label: 'Projector', bounds: { x: 1920, y: 0, width: 3840, height: 2160 } };
const asScreen = (s: FakeScreen) => s as unknown as Screen;

describe('chooseDisplay', () => {
  it('"primary" is the primary display; 2 is the second one when plugged in', () => {
    const screen = new FakeScreen();
    screen.displays.push(second);
    expect(chooseDisplay(asScreen(screen), 'primary').display.id).toBe(1);
    expect(chooseDisplay(asScreen(screen), 2)).toEqual({ display: second, asked: true });
  });

  it('a monitor that is not there falls back to the primary display, and says so', () => {
    expect(chooseDisplay(asScreen(new FakeScreen()), 2)).toMatchObject({ display: { id: 1 }, asked: false });
  });
});

describe('followDisplay', () => {
  it('moves the kiosk to monitor 2 when it is plugged in, back to the primary when unplugged, and logs each move', () => {
    const screen = new FakeScreen();
    const window = new BrowserWindow({});
    const log = recordingLogger();
    const unbind = followDisplay(window as unknown as ElectronWindow, asScreen(screen), 2, true, log);
    expect(window.setBounds).toHaveBeenLastCalledWith({ x: 0, y: 0, width: 1920, height: 1080 });
    screen.plug(second);
    expect(window.setBounds).toHaveBeenLastCalledWith(second.bounds);
    expect(window.setKiosk.mock.calls.slice(-2)).toEqual([[false], [true]]);
    screen.unplug(2);
    expect(window.setBounds).toHaveBeenLastCalledWith({ x: 0, y: 0, width: 1920, height: 1080 });
    expect(log.lines.filter((l) => l.startsWith('warn'))).toHaveLength(2);
    expect(log.lines.filter((l) => l.startsWith('info: display:'))).toHaveLength(3);
    unbind();
    expect(screen.listenerCount('display-added') + screen.listenerCount('display-removed')).toBe(0);
  });

  it('does not move a window that is already where it should be', () => {
    const screen = new FakeScreen();
    const window = new BrowserWindow({});
    followDisplay(window as unknown as ElectronWindow, asScreen(screen), 'primary', false, recordingLogger());
    screen.plug(second);
    expect(window.setBounds).toHaveBeenCalledTimes(1);
    expect(window.setKiosk).not.toHaveBeenCalled();
  });
});
