import type { IpcMain, IpcMainEvent, IpcMainInvokeEvent } from 'electron';
import { IPC, type Startup } from '@shared/ipc';
import { isLogEntry } from '@shared/ipc-schema';
import { APP_ORIGIN } from './app-url';
import type { Logger } from './log';

/** Only the app's own pages may talk to main; a frame from anywhere else is ignored. */
export function isTrustedSender(event: IpcMainEvent | IpcMainInvokeEvent): boolean {
  return event.senderFrame?.url.startsWith(`${APP_ORIGIN}/`) ?? false;
}

/** Answers the renderer's requests; returns a function that removes the handlers. */
export function registerIpc(ipcMain: IpcMain, startup: Startup, log: Logger): () => void {
  ipcMain.handle(IPC.getStartup, (event): Startup => {
    if (!isTrustedSender(event)) throw new Error(`${IPC.getStartup} refused: untrusted sender`);
    return structuredClone(startup);
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
  ipcMain.on(IPC.log, onLog);
  return () => {
    ipcMain.removeHandler(IPC.getStartup);
    ipcMain.off(IPC.log, onLog);
  };
}
