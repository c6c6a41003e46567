import type { BrowserWindow as ElectronWindow, Display, Screen } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseFlags } from '@shared/config';
import { BrowserWindow, fakeEvent, FakeScreen, resetFakeElectron } from './fake-electron.test-support';
import { recordingLogger } from './recording-logger.test-support';
import { PresenterWindow, presenterDisplay } from './presenter-window';

vi.mock('electron', () => import('./fake-electron.test-support'));

beforeEach(resetFakeElectron);

const PRIMARY = { id: 1, label: 'Built-in', bounds: { x: 0, y: 0, width: 1920, height: 1080 } };
const PROJECTOR = { id: 2, label: 'Projector', bounds: { x: 1920, y: 0, width: 1280, height: 800 } };
const asDisplays = (...displays: (typeof PRIMARY)[]) => displays as unknown as Display[];

describe('presenterDisplay', () => {
  it('is the display that does not show the audience window, wherever that one is', () => {
    expect(presenterDisplay(asDisplays(PRIMARY, PROJECTOR), PRIMARY.bounds)?.id).toBe(2);
    expect(presenterDisplay(asDisplays(PRIMARY, PROJECTOR), PROJECTOR.bounds)?.id).toBe(1);
  });

  it('is none with a single display', () => {
    expect(presenterDisplay(asDisplays(PRIMARY), PRIMARY.bounds)).toBeNull();
  });
});

/** The show's window (on the primary display) and a presenter window for it, with `flags`. */
function setUp(flags: string[], displays = [PRIMARY, PROJECTOR]) {
  const screen = new FakeScreen();
  screen.displays = displays;
  const audience = new BrowserWindow({});
  const log = recordingLogger();
  const quit = vi.fn();
  const settings = parseFlags(flags).settings;
  const presenter = new PresenterWindow(audience as unknown as ElectronWindow, {
    settings,
    preloadPath: '/app/out/preload/index.cjs',
    iconPath: '/app/resources/icon.png',
    screen: screen as unknown as Screen,
    log,
    quit,
  });
  const opened = () => BrowserWindow.created.filter((w) => w !== audience);
  return { presenter, audience, log, quit, opened, screen };
}

describe('PresenterWindow', () => {
  it('opens fullscreen on the second display, as sandboxed as the show, at the presenter view', () => {
    const { presenter, opened } = setUp(['--windowed']);
    presenter.open();
    const [window] = opened();
    expect(window!.options).toMatchObject({ ...PROJECTOR.bounds, fullscreen: true, show: false });
    expect(window!.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, disableBlinkFeatures: 'Auxclick' });
    expect(window!.loadURL).toHaveBeenCalledWith('app://handover/index.html?view=presenter');
    window!.emit('ready-to-show');
    expect(window!.show).toHaveBeenCalledOnce();
  });

  it('opens in a window of its own on a single display', () => {
    const { presenter, opened } = setUp(['--windowed'], [PRIMARY]);
    presenter.open();
    expect(opened()[0]!.options).toMatchObject({ width: 1280, height: 800, center: true });
    expect(opened()[0]!.options).not.toHaveProperty('fullscreen');
  });

  it('is one window: asking again brings it forward, and after it closes a new one opens', () => {
    const { presenter, opened, audience } = setUp(['--windowed']);
    presenter.open();
    const first = opened()[0]!;
    first.minimized = true;
    presenter.open();
    expect(opened()).toHaveLength(1);
    expect(first.restore).toHaveBeenCalledOnce();
    expect(first.focus).toHaveBeenCalledOnce();
    first.close();
    expect(audience.isDestroyed()).toBe(false);
    presenter.open();
    expect(opened()).toHaveLength(2);
  });

  it('in a kiosk started without --presenter, S opens nothing and says why in the log', () => {
    const { presenter, opened, log } = setUp([]);
    presenter.open();
    expect(opened()).toHaveLength(0);
    expect(log.lines).toEqual(['warn: S pressed: the presenter view was not opened, as a kiosk opens it only when started with --presenter']);
  });

  it('in a kiosk started with --presenter it opens, without devtools, and guards its keys as the show does', () => {
    const { presenter, opened, quit } = setUp(['--presenter']);
    presenter.open();
    const window = opened()[0]!;
    expect(window.options.webPreferences).toMatchObject({ devTools: false });
    const press = (input: object) => {
      const event = fakeEvent();
      window.webContents.emit('before-input-event', event, { type: 'keyDown', key: '', control: false, shift: false, alt: false, meta: false, ...input });
      return event.defaultPrevented;
    };
    expect(press({ code: 'KeyR', control: true })).toBe(true);
    expect(press({ code: 'F12' })).toBe(true);
    expect(press({ code: 'ArrowRight' })).toBe(false);
    expect(quit).not.toHaveBeenCalled();
    expect(press({ code: 'KeyQ', control: true, shift: true })).toBe(true);
    expect(quit).toHaveBeenCalledOnce();
  });

  it('closes with the show', () => {
    const { presenter, opened } = setUp(['--windowed']);
    presenter.open();
    presenter.close();
    expect(opened()[0]!.isDestroyed()).toBe(true);
  });

  it('follows a display plugged in or out: onto the projector, fullscreen, and back into a window of its own', () => {
    const { presenter, opened, screen, log } = setUp(['--windowed'], [PRIMARY]);
    presenter.open();
    const window = opened()[0]!;
    expect(window.setBounds).not.toHaveBeenCalled();
    screen.plug(PROJECTOR);
    expect(window.setBounds).toHaveBeenLastCalledWith(PROJECTOR.bounds);
    expect(window.setFullScreen).toHaveBeenLastCalledWith(true);
    screen.unplug(2);
    expect(window.setFullScreen).toHaveBeenLastCalledWith(false);
    expect(window.setBounds).toHaveBeenLastCalledWith({ x: 320, y: 140, width: 1280, height: 800 });
    expect(log.lines.filter((l) => l.startsWith('info: display: monitors changed: the presenter view moves to'))).toHaveLength(2);
    window.close();
    expect(screen.listenerCount('display-added') + screen.listenerCount('display-removed')).toBe(0);
  });

  it('closed, it leaves no listener on the screen or the window', () => {
    const { presenter, opened, screen } = setUp(['--presenter']);
    presenter.open();
    const window = opened()[0]!;
    window.close();
    expect(screen.listenerCount('display-added') + screen.listenerCount('display-removed')).toBe(0);
    expect(window.webContents.listenerCount('before-input-event') + window.webContents.listenerCount('render-process-gone')).toBe(0);
    expect(window.listenerCount('closed') + window.listenerCount('unresponsive')).toBe(0);
  });
});
