import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseFlags } from '@shared/config';
import { BrowserWindow, Menu, resetFakeElectron } from './fake-electron.test-support';
import { recordingLogger } from './recording-logger.test-support';
import { createMainWindow } from './window';

vi.mock('electron', () => import('./fake-electron.test-support'));

beforeEach(resetFakeElectron);

function open(flags: string[]) {
  createMainWindow({
    settings: parseFlags(flags).settings,
    preloadPath: '/app/out/preload/index.cjs',
    iconPath: '/app/resources/icon.png',
    log: recordingLogger(),
  });
  expect(BrowserWindow.created).toHaveLength(1);
  return BrowserWindow.created[0]!;
}

const hardened = {
  preload: '/app/out/preload/index.cjs',
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  webSecurity: true,
  spellcheck: false,
  disableBlinkFeatures: 'Auxclick',
};

describe('createMainWindow', () => {
  it('the window is a sandboxed, context-isolated kiosk by default', () => {
    const window = open([]);
    expect(window.options).toMatchObject({ kiosk: true, fullscreen: true, show: false, backgroundColor: '#0b1a2a', autoHideMenuBar: true });
    expect(window.options.webPreferences).toEqual({ ...hardened, devTools: false });
  });

  it('is a normal 1600x900 window with devtools under --windowed', () => {
    const window = open(['--windowed']);
    expect(window.options).toMatchObject({ width: 1600, height: 900 });
    expect(window.options).not.toHaveProperty('kiosk');
    expect(window.options).not.toHaveProperty('fullscreen');
    expect(window.options.webPreferences).toEqual({ ...hardened, devTools: true });
  });

  it('removes the menu, so no reload accelerator exists', () => {
    open([]);
    expect(Menu.setApplicationMenu).toHaveBeenCalledWith(null);
  });

  it('loads the app from app://handover and shows it once ready', () => {
    const window = open([]);
    expect(window.loadURL).toHaveBeenCalledWith('app://handover/index.html');
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledOnce();
  });
});
