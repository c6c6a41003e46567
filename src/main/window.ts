import { BrowserWindow, Menu, type BrowserWindowConstructorOptions } from 'electron';
import type { Settings } from '@shared/config';
import { PALETTE } from '@shared/palette';
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
export const BACKGROUND_COLOR = PALETTE.bg;

/** Where a window goes and what it is called; the rest is the same for every window of the app. */
export type WindowPlacement = Pick<BrowserWindowConstructorOptions, 'x' | 'y' | 'width' | 'height' | 'center' | 'kiosk' | 'fullscreen' | 'title'>;

/**
 * Every window of the app (the show, the presenter view): a sandboxed,
 * context-isolated page, no devtools in a kiosk, shown once it is ready to be.
 * One literal, so that the security scan reads the settings of every window.
 */
export function createAppWindow(
  placement: WindowPlacement,
  { preloadPath, iconPath, kiosk }: { preloadPath: string; iconPath: string; kiosk: boolean },
): BrowserWindow {
  const window = new BrowserWindow({
    ...placement,
    show: false,
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
  return window;
}

/** The show's window: a sandboxed, context-isolated page of the app's own origin. */
export function createMainWindow({ settings, preloadPath, iconPath, log }: MainWindowOptions): BrowserWindow {
  const { kiosk } = settings;
  // No menu means no accelerators: nothing reloads, zooms or quits from a keyboard.
  Menu.setApplicationMenu(null);
  const window = createAppWindow(
    { ...(kiosk ? { kiosk: true, fullscreen: true } : { ...WINDOWED_SIZE, center: true }), title: 'Handover' },
    { preloadPath, iconPath, kiosk },
  );
  window.loadURL(START_URL).catch((error: Error) => log.error(`cannot load ${START_URL}: ${error.message}`));
  return window;
}
