import { contextBridge, ipcRenderer } from 'electron';
import { IPC, type HandoverApi, type LogEntry, type Startup, type StatusReport } from '@shared/ipc';

// Named tasks only: the page never sees ipcRenderer itself.
const api: HandoverApi = {
  getStartup: (): Promise<Startup> => ipcRenderer.invoke(IPC.getStartup),
  log: (entry: LogEntry): void => ipcRenderer.send(IPC.log, entry),
  openPresenter: (): void => ipcRenderer.send(IPC.openPresenter),
  reportStatus: (report: StatusReport): void => ipcRenderer.send(IPC.reportStatus, report),
};

contextBridge.exposeInMainWorld('handover', api);
