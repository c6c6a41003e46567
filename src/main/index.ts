import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { app, ipcMain, powerSaveBlocker, session, type BrowserWindow } from 'electron';
import { registerIpc } from './ipc';
import { guardKiosk } from './kiosk-guard';
import { createLogger, LOG_FILE_NAME } from './log';
import { keepDisplayAwake } from './power';
import { guardMainProcess } from './process-guard';
import { registerAppScheme, serveAppProtocol } from './protocol';
import { keepRendererAlive } from './recovery';
import { guardAllWebContents, hardenSession } from './security';
import { readSettings } from './settings';
import { createMainWindow } from './window';

// Both must happen before the app is ready.
registerAppScheme();
app.enableSandbox();

const log = createLogger({ file: join(app.getPath('logs'), LOG_FILE_NAME) });
guardMainProcess(process, log);
const startup = readSettings(process.argv, app.isPackaged);
const { settings } = startup;
for (const problem of startup.problems) log.warn(`flag: ${problem}`);

const roots = {
  rendererDir: resolve(import.meta.dirname, '../renderer'),
  dataDir: settings.dataDir ? resolve(settings.dataDir) : join(app.getAppPath(), 'data'),
};
const preloadPath = resolve(import.meta.dirname, '../preload/index.cjs');
const iconPath = join(app.getAppPath(), 'resources/icon.png');

if (app.requestSingleInstanceLock()) {
  run();
} else {
  log.info('Handover is already running; the running one is brought to the front');
  app.quit();
}

function run(): void {
  let mainWindow: BrowserWindow | null = null;

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => void log.close());
  guardAllWebContents(app, log);

  app.whenReady().then(() => {
    log.info(`Handover ${app.getVersion()} starting: ${settings.kiosk ? 'kiosk' : 'windowed'}, content from ${roots.dataDir}`);
    if (!existsSync(roots.dataDir)) log.error(`content folder ${roots.dataDir} does not exist`);
    const letDisplaySleep = keepDisplayAwake(powerSaveBlocker, log);
    app.once('will-quit', letDisplaySleep);
    hardenSession(session.defaultSession, log);
    serveAppProtocol(roots, log);
    const removeIpc = registerIpc(ipcMain, startup, log);
    const window = createMainWindow({ settings, preloadPath, iconPath, log });
    mainWindow = window;
    keepRendererAlive(window, log);
    if (settings.kiosk) {
      const guard = guardKiosk(window, log, () => app.quit());
      // A quit the app itself started (OS log-off on macOS, the quit chord) may close the window.
      app.once('before-quit', guard.allowClose);
    }
    window.once('closed', () => {
      mainWindow = null;
      removeIpc();
    });
  }).catch((error: Error) => {
    log.error(`cannot start: ${error.stack ?? error.message}`);
    app.exit(1);
  });
}
