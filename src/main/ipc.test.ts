import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcMain } from 'electron';
import { DEFAULT_SETTINGS, parseFlags } from '@shared/config';
import { IPC, STARTUP_FIELDS, type Startup } from '@shared/ipc';
import { ipcMain, resetFakeElectron } from './fake-electron.test-support';
import { recordingLogger } from './recording-logger.test-support';
import { registerIpc } from './ipc';

vi.mock('electron', () => import('./fake-electron.test-support'));

const APP_FRAME = 'app://handover/index.html';
/** What main holds: the settings, where each came from (`sources`) and the config file's path, wider than Startup. */
const startup = { ...parseFlags(['--windowed', '--idle=oops']), configFile: '/home/museum/.config/handover/handover.json' };

beforeEach(resetFakeElectron);

function registered() {
  const log = recordingLogger();
  const openPresenter = vi.fn();
  const reportStatus = vi.fn();
  const remove = registerIpc(ipcMain as unknown as IpcMain, startup, log, { openPresenter, reportStatus });
  return { log, remove, openPresenter, reportStatus };
}

describe('ipc', () => {
  it('getStartup returns the settings and the flag problems', async () => {
    registered();
    const answer = await ipcMain.invoke(IPC.getStartup, APP_FRAME);
    expect(answer).toEqual({ settings: startup.settings, problems: startup.problems });
    expect((answer as Startup).problems[0]).toContain('--idle');
  });

  it('getStartup sends exactly the fields of Startup and of Settings: not the config file, not where each setting came from', async () => {
    registered();
    const answer = (await ipcMain.invoke(IPC.getStartup, APP_FRAME)) as Startup;
    expect(Object.keys(answer).sort()).toEqual([...STARTUP_FIELDS].sort());
    expect(Object.keys(answer.settings).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
    expect(JSON.stringify(answer)).not.toContain('handover.json');
  });

  it.each(['https://example.com/', 'app://evil/index.html', null])('getStartup refuses a frame at %s', async (frame) => {
    registered();
    await expect(ipcMain.invoke(IPC.getStartup, frame)).rejects.toThrow(/untrusted/);
  });

  it('logs valid entries from the app, prefixed [renderer]', () => {
    const { log } = registered();
    ipcMain.send(IPC.log, APP_FRAME, { level: 'warn', message: 'tiles slow' });
    expect(log.lines).toEqual(['warn: [renderer] tiles slow']);
  });

  it('ignores log entries from another frame', () => {
    const { log } = registered();
    ipcMain.send(IPC.log, 'https://example.com/', { level: 'info', message: 'hello' });
    ipcMain.send(IPC.log, null, { level: 'info', message: 'hello' });
    expect(log.lines.some((line) => line.includes('[renderer]'))).toBe(false);
  });

  it.each([
    ['a string', 'just text'],
    ['an unknown level', { level: 'debug', message: 'x' }],
    ['a missing message', { level: 'info' }],
    ['an oversized message', { level: 'info', message: 'x'.repeat(5000) }],
    ['nothing', undefined],
  ])('ignores malformed payloads: %s', (_name, payload) => {
    const { log } = registered();
    ipcMain.send(IPC.log, APP_FRAME, payload);
    expect(log.lines).toEqual(['warn: ignored a malformed log entry from the renderer']);
  });

  it('S from the app asks main for the presenter view', () => {
    const { openPresenter } = registered();
    ipcMain.send(IPC.openPresenter, APP_FRAME);
    expect(openPresenter).toHaveBeenCalledOnce();
  });

  it('a request for the presenter view from another frame, or with a payload, is ignored and logged', () => {
    const { openPresenter, log } = registered();
    ipcMain.send(IPC.openPresenter, 'https://example.com/');
    ipcMain.send(IPC.openPresenter, APP_FRAME, { url: 'https://example.com/' });
    expect(openPresenter).not.toHaveBeenCalled();
    expect(log.lines).toEqual([
      'warn: ignored a request for the presenter view from an untrusted frame (https://example.com/)',
      'warn: ignored a malformed request for the presenter view',
    ]);
  });

  const REPORT = {
    pageId: 'p1',
    contentHash: '0123456789abcdef',
    chapter: 'stade-de-france',
    mode: 'autoplay',
    lastFrameAt: 1_765_000_000_000,
    errors: 0,
    lastError: null,
    restarts: {},
    syncOffsetMs: null,
  };

  it('a status report from the app goes to the status files', () => {
    const { reportStatus, log } = registered();
    ipcMain.send(IPC.reportStatus, APP_FRAME, REPORT);
    expect(reportStatus).toHaveBeenCalledWith(REPORT);
    expect(log.lines).toEqual([]);
  });

  it.each([
    ['another frame', 'https://example.com/', REPORT, 'warn: ignored a status report from an untrusted frame (https://example.com/)'],
    ['an unknown mode', APP_FRAME, { ...REPORT, mode: 'dancing' }, 'warn: ignored a malformed status report from the renderer'],
    ['an extra field', APP_FRAME, { ...REPORT, file: '/etc/passwd' }, 'warn: ignored a malformed status report from the renderer'],
    ['a restart cause that is not a word', APP_FRAME, { ...REPORT, restarts: { '"}\n': 1 } }, 'warn: ignored a malformed status report from the renderer'],
    ['nothing', APP_FRAME, undefined, 'warn: ignored a malformed status report from the renderer'],
  ])('a status report from %s is ignored and logged', (_name, frame, payload, line) => {
    const { reportStatus, log } = registered();
    ipcMain.send(IPC.reportStatus, frame, payload);
    expect(reportStatus).not.toHaveBeenCalled();
    expect(log.lines).toEqual([line]);
  });

  it('the returned function removes every handler', async () => {
    const { remove, log } = registered();
    remove();
    expect(ipcMain.listenerCount(IPC.log)).toBe(0);
    expect(ipcMain.listenerCount(IPC.openPresenter)).toBe(0);
    expect(ipcMain.listenerCount(IPC.reportStatus)).toBe(0);
    await expect(ipcMain.invoke(IPC.getStartup, APP_FRAME)).rejects.toThrow(/No handler/);
    expect(() => registerIpc(ipcMain as unknown as IpcMain, startup, log, { openPresenter: () => {}, reportStatus: () => {} })).not.toThrow();
  });
});
