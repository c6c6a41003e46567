import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { app, ipcMain, powerSaveBlocker, screen, session, type BrowserWindow } from 'electron';
import { settingsHelp } from '@shared/settings-help';
import { followDisplay } from './display';
import { registerIpc } from './ipc';
import { guardKiosk } from './kiosk-guard';
import { createLogger, LOG_FILE_NAME } from './log';
import { PartWindows } from './part-windows';
import { keepDisplayAwake } from './power';
import { PresenterWindow } from './presenter-window';
import { guardMainProcess } from './process-guard';
import { registerAppScheme, serveAppProtocol } from './protocol';
import { keepRendererAlive } from './recovery';
import { guardAllWebContents, hardenSession } from './security';
import { CONFIG_FILE_NAME, readSettings } from './settings';
import { keepStatus, type StatusKeeper } from './status-writer';
import { createMainWindow } from './window';

if (process.argv.includes('--help')) {
  process.stdout.write(settingsHelp(join(app.getPath('userData'), CONFIG_FILE_NAME)));
  app.exit(0);
}

// Both must happen before the app is ready.
registerAppScheme();
app.enableSandbox();

const log = createLogger({ file: join(app.getPath('logs'), LOG_FILE_NAME) });
// For the life of the process, on purpose: an error while quitting must not show a dialog either.
guardMainProcess(process, log);
const startup = readSettings(process.argv, app.isPackaged, app.getPath('userData'));
const { settings } = startup;
for (const problem of startup.problems) log.warn(`settings: ${problem}`);
log.info(
  `settings (config file ${startup.configFile}): ${Object.entries(settings)
    .map(([name, value]) => `${name}=${JSON.stringify(value)} (${startup.sources[name as keyof typeof settings]})`)
    .join(', ')}`,
);

const roots = {
  rendererDir: resolve(import.meta.dirname, '../renderer'),
  dataDir: settings.content ? resolve(settings.content) : join(app.getAppPath(), 'data'),
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

  app
    .whenReady()
    .then(() => {
      log.info(`Handover ${app.getVersion()} starting: ${settings.kiosk ? 'kiosk' : 'windowed'}, content from ${roots.dataDir}`);
      if (!existsSync(roots.dataDir)) log.error(`content folder ${roots.dataDir} does not exist`);
      const letDisplaySleep = keepDisplayAwake(powerSaveBlocker, log);
      app.once('will-quit', letDisplaySleep);
      hardenSession(session.defaultSession, log);
      const stopServing = serveAppProtocol(roots, log);
      app.once('will-quit', stopServing);
      let presenter: PresenterWindow | null = null;
      let status: StatusKeeper | null = null;
      const removeIpc = registerIpc(ipcMain, startup, log, {
        openPresenter: () => presenter?.open(),
        reportStatus: (report) => status?.receive(report),
      });
      const window = createMainWindow({ settings, preloadPath, iconPath, log });
      status = keepStatus(window, { dir: settings.statusDir ? resolve(settings.statusDir) : app.getPath('logs'), version: app.getVersion(), log });
      mainWindow = window;
      presenter = new PresenterWindow(window, { settings, preloadPath, iconPath, screen, log, quit: () => app.quit() });
      if (settings.presenter) window.once('ready-to-show', () => presenter?.open());
      const stopRecovery = keepRendererAlive(window, log, undefined, (cause) => status?.restarted(cause));
      const unfollowDisplay = followDisplay(window, screen, settings.display, settings.kiosk, log);
      // --parts: one window per display, each showing its part, all following this one.
      const parts = new PartWindows(window, { settings, preloadPath, iconPath, screen, log, quit: () => app.quit() });
      parts.open();
      const allowPartsToClose = () => parts.allowClose();
      app.once('before-quit', allowPartsToClose);
      const guard = settings.kiosk ? guardKiosk(window, log, () => app.quit(), settings.operatorChord) : null;
      // A quit the app itself started (OS log-off on macOS, the quit chord) may close the window.
      if (guard) app.once('before-quit', guard.allowClose);
      window.once('closed', () => {
        mainWindow = null;
        presenter?.close();
        presenter = null;
        app.off('before-quit', allowPartsToClose);
        parts.close();
        if (guard) app.off('before-quit', guard.allowClose);
        guard?.unbind();
        stopRecovery();
        status?.stop();
        status = null;
        unfollowDisplay();
        removeIpc();
      });
    })
    .catch((error: Error) => {
      log.error(`cannot start: ${error.stack ?? error.message}`);
      app.exit(1);
    });
}
