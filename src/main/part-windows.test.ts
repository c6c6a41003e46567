import type { BrowserWindow as ElectronWindow, Screen } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseFlags } from '@shared/config';
import { BrowserWindow, FakeScreen, fakeEvent, resetFakeElectron } from './fake-electron.test-support';
import { recordingLogger } from './recording-logger.test-support';
import { PartWindows } from './part-windows';

vi.mock('electron', () => import('./fake-electron.test-support'));

beforeEach(resetFakeElectron);

const PRIMARY = { id: 1, label: 'Built-in', bounds: { x: 0, y: 0, width: 1920, height: 1080 } };
const LEFT = { id: 2, label: 'Left wall', bounds: { x: -1920, y: 0, width: 1920, height: 1080 } };
const RIGHT = { id: 3, label: 'Right wall', bounds: { x: 1920, y: 0, width: 3840, height: 2160 } };

/** The show's window on `showOn`, and the part windows for `flags`. */
function setUp(flags: string[], displays = [PRIMARY, LEFT, RIGHT], showOn = PRIMARY) {
  const screen = new FakeScreen();
  screen.displays = displays;
  const show = new BrowserWindow({});
  show.bounds = showOn.bounds;
  const log = recordingLogger();
  const quit = vi.fn();
  const parts = new PartWindows(show as unknown as ElectronWindow, {
    settings: parseFlags(flags).settings,
    preloadPath: '/app/out/preload/index.cjs',
    iconPath: '/app/resources/icon.png',
    screen: screen as unknown as Screen,
    log,
    quit,
  });
  const opened = () => BrowserWindow.created.filter((w) => w !== show);
  return { parts, show, screen, log, quit, opened };
}

describe('PartWindows', () => {
  it('opens one kiosk window per other display, in the system’s order, each at its part’s address, as sandboxed as the show', () => {
    const { parts, opened } = setUp(['--parts=map,story,diagram']);
    parts.open();
    const [story, diagram, ...more] = opened();
    expect(more).toEqual([]);
    expect(story!.options).toMatchObject({ ...LEFT.bounds, kiosk: true, fullscreen: true, show: false, title: 'Handover · story' });
    expect(diagram!.options).toMatchObject({ ...RIGHT.bounds, kiosk: true, fullscreen: true, title: 'Handover · diagram' });
    expect(story!.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, devTools: false });
    expect(story!.loadURL).toHaveBeenCalledWith('app://handover/index.html?part=story');
    expect(diagram!.loadURL).toHaveBeenCalledWith('app://handover/index.html?part=diagram');
  });

  it('skips the display the show is on, wherever that is', () => {
    const { parts, opened } = setUp(['--parts=story,map'], [PRIMARY, LEFT, RIGHT], LEFT);
    parts.open();
    expect(opened().map((w) => w.options.x)).toEqual([PRIMARY.bounds.x]);
  });

  it('opens nothing with one part or none', () => {
    for (const flags of [[], ['--part=map'], ['--parts=map']]) {
      resetFakeElectron();
      const { parts, opened } = setUp(flags);
      parts.open();
      expect(opened(), flags.join(' ')).toEqual([]);
    }
  });

  it('a part with no display left is not opened, and the log says which', () => {
    const { parts, opened, log } = setUp(['--parts=map,story,diagram'], [PRIMARY, LEFT]);
    parts.open();
    expect(opened()).toHaveLength(1);
    expect(log.lines).toContain('warn: display: no display is left for the diagram part (part 3 of 3); it is not shown');
  });

  it('in a kiosk a part’s window refuses to close and its keys cannot reload it; the operator’s chord quits', () => {
    const { parts, opened, quit } = setUp(['--parts=map,story']);
    parts.open();
    const [story] = opened();
    expect(story!.close()).toBe(false);
    const reload = fakeEvent();
    story!.webContents.emit('before-input-event', reload, { type: 'keyDown', code: 'F5', control: false, meta: false, shift: false, alt: false });
    expect(reload.defaultPrevented).toBe(true);
    story!.webContents.emit('before-input-event', fakeEvent(), {
      type: 'keyDown',
      code: 'KeyQ',
      key: 'q',
      control: true,
      meta: false,
      shift: true,
      alt: false,
    });
    expect(quit).toHaveBeenCalledOnce();
  });

  it('closes with the show’s window', () => {
    const { parts, opened } = setUp(['--parts=map,story,diagram']);
    parts.open();
    parts.close();
    expect(opened().every((w) => w.isDestroyed())).toBe(true);
  });

  it('moves to the display that takes its place when monitors change, and stays put while there is none', () => {
    const { parts, opened, screen } = setUp(['--parts=map,story', '--windowed']);
    parts.open();
    const [story] = opened();
    screen.unplug(LEFT.id);
    expect(story!.setBounds).toHaveBeenLastCalledWith(RIGHT.bounds);
    screen.unplug(RIGHT.id);
    expect(story!.setBounds).toHaveBeenCalledTimes(1);
  });
});
