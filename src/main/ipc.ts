import type { IpcMain, IpcMainEvent, IpcMainInvokeEvent } from 'electron';
import { DEFAULT_SETTINGS, type Settings } from '@shared/config';
import { IPC, type Startup, type StatusReport } from '@shared/ipc';
import { isLogEntry } from '@shared/ipc-schema';
import { parseStatusReport } from '@shared/status.mjs';
import { APP_ORIGIN } from './app-url';
import type { Logger } from './log';

/** Only the app's own pages may talk to main; a frame from anywhere else is ignored. */
export function isTrustedSender(event: IpcMainEvent | IpcMainInvokeEvent): boolean {
  return event.senderFrame?.url.startsWith(`${APP_ORIGIN}/`) ?? false;
}

/**
 * Exactly what the renderer is owed: the fields of Startup, and of Settings,
 * copied one by one. Main knows more (the config file's path, where each
 * setting came from), which stays in main and its log.
 */
export function startupForRenderer({ settings, problems }: Startup): Startup {
  const names = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];
  return { settings: Object.fromEntries(names.map((name) => [name, settings[name]])) as Settings, problems: [...problems] };
}

/** What the renderer may ask main to do. */
export interface IpcActions {
  /** S: open the presenter view or bring it forward (main applies the kiosk's rule). */
  openPresenter(): void;
  /** The page's health report, for the status files. */
  reportStatus(report: StatusReport): void;
}

/** Answers the renderer's requests; returns a function that removes the handlers. */
export function registerIpc(ipcMain: IpcMain, startup: Startup, log: Logger, actions: IpcActions): () => void {
  ipcMain.handle(IPC.getStartup, (event): Startup => {
    if (!isTrustedSender(event)) throw new Error(`${IPC.getStartup} refused: untrusted sender`);
    return startupForRenderer(startup);
  });
  const onLog = (event: IpcMainEvent, entry: unknown) => {
    if (!isTrustedSender(event)) {
      log.warn(`ignored a log entry from an untrusted frame (${event.senderFrame?.url ?? 'no frame'})`);
      return;
    }
    if (!isLogEntry(entry)) {
      log.warn('ignored a malformed log entry from the renderer');
      return;
    }
    log[entry.level](`[renderer] ${entry.message}`);
  };
  const onOpenPresenter = (event: IpcMainEvent, ...payload: unknown[]) => {
    if (!isTrustedSender(event)) {
      log.warn(`ignored a request for the presenter view from an untrusted frame (${event.senderFrame?.url ?? 'no frame'})`);
      return;
    }
    // The request carries nothing; anything sent with it is not ours.
    if (payload.length > 0) {
      log.warn('ignored a malformed request for the presenter view');
      return;
    }
    actions.openPresenter();
  };
  const onReportStatus = (event: IpcMainEvent, payload: unknown) => {
    if (!isTrustedSender(event)) {
      log.warn(`ignored a status report from an untrusted frame (${event.senderFrame?.url ?? 'no frame'})`);
      return;
    }
    const report: StatusReport | null = parseStatusReport(payload);
    if (!report) {
      log.warn('ignored a malformed status report from the renderer');
      return;
    }
    actions.reportStatus(report);
  };
  ipcMain.on(IPC.log, onLog);
  ipcMain.on(IPC.openPresenter, onOpenPresenter);
  ipcMain.on(IPC.reportStatus, onReportStatus);
  return () => {
    ipcMain.removeHandler(IPC.getStartup);
    ipcMain.off(IPC.log, onLog);
    ipcMain.off(IPC.openPresenter, onOpenPresenter);
    ipcMain.off(IPC.reportStatus, onReportStatus);
  };
}
