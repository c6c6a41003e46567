import { BrowserWindow, Menu } from 'electron';
import type { Settings } from '@shared/config';
import { START_URL } from './app-url';
import type { Logger } from './log';

export interface MainWindowOptions {
  settings: Settings;
  /** The built, CommonJS preload (out/preload/index.cjs). */
  preloadPath: string;
  /** The window and taskbar icon (resources/icon.png). */
  iconPath: string;
  log: Logger;
}

/** Window size with --windowed; a kiosk covers the whole screen. */
export const WINDOWED_SIZE = { width: 1600, height: 900 } as const;
export const BACKGROUND_COLOR = '#0b1a2a';

/** The one window: a sandboxed, context-isolated page of the app's own origin. */
export function createMainWindow({ settings, preloadPath, iconPath, log }: MainWindowOptions): BrowserWindow {
  const { kiosk } = settings;
  // No menu means no accelerators: nothing reloads, zooms or quits from a keyboard.
  Menu.setApplicationMenu(null);
  const window = new BrowserWindow({
    ...(kiosk ? { kiosk: true, fullscreen: true } : { ...WINDOWED_SIZE, center: true }),
    show: false,
    title: 'Handover',
    icon: iconPath,
    backgroundColor: BACKGROUND_COLOR,
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      // A middle click would otherwise open links in a new window (Electronegativity AUXCLICK_JS_CHECK).
      disableBlinkFeatures: 'Auxclick',
      devTools: !kiosk,
    },
  });
  window.once('ready-to-show', () => window.show());
  window.loadURL(START_URL).catch((error: Error) => log.error(`cannot load ${START_URL}: ${error.message}`));
  return window;
}
