import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow as ElectronWindow } from 'electron';
import { BrowserWindow, fakeEvent } from './fake-electron.test-support';
import { recordingLogger } from './recording-logger.test-support';
import { keepRendererAlive } from './recovery';

vi.mock('electron', () => import('./fake-electron.test-support'));

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function watched() {
  const window = new BrowserWindow({});
  const log = recordingLogger();
  const restarts: string[] = [];
  const timings = { reloadAfterCrash: { delaysSeconds: [1], givesUp: false, forgetAfterSeconds: 600 }, unresponsiveLimitMs: 10_000 };
  const stop = keepRendererAlive(window as unknown as ElectronWindow, log, timings, (cause) => restarts.push(cause));
  const crash = (reason: string) => window.webContents.emit('render-process-gone', fakeEvent(), { reason, exitCode: 139 });
  return { window, contents: window.webContents, log, stop, crash, restarts };
}

describe('keepRendererAlive', () => {
  it('tells the status files of each restart with its cause: a crash, a hang it ended; not a clean exit, nor its own kill', () => {
    const { window, crash, restarts } = watched();
    crash('crashed');
    crash('clean-exit');
    window.emit('unresponsive');
    vi.advanceTimersByTime(10_000);
    crash('killed');
    crash('oom');
    expect(restarts).toEqual(['renderer-crashed', 'renderer-unresponsive', 'renderer-oom']);
  });

  it('a crashed renderer is reloaded after a second, and the crash is logged', () => {
    const { contents, log, crash } = watched();
    crash('crashed');
    vi.advanceTimersByTime(999);
    expect(contents.reload).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(contents.reload).toHaveBeenCalledOnce();
    expect(log.lines[0]).toMatch(/^error: renderer gone \(crashed, exit code 139\)/);
  });

  it('crashes close together back off: 1, 2, 5, 15, then 30 s; ten quiet minutes start again at 1 s', () => {
    const window = new BrowserWindow({});
    keepRendererAlive(window as unknown as ElectronWindow, recordingLogger());
    const contents = window.webContents;
    const waitFor = (ms: number) => {
      const before = contents.reload.mock.calls.length;
      window.webContents.emit('render-process-gone', fakeEvent(), { reason: 'crashed', exitCode: 1 });
      vi.advanceTimersByTime(ms - 1);
      expect(contents.reload.mock.calls.length, `still waiting at ${ms - 1} ms`).toBe(before);
      vi.advanceTimersByTime(1);
      expect(contents.reload.mock.calls.length, `reloaded at ${ms} ms`).toBe(before + 1);
    };
    for (const ms of [1_000, 2_000, 5_000, 15_000, 30_000, 30_000]) waitFor(ms);
    vi.advanceTimersByTime(11 * 60_000);
    waitFor(1_000);
  });

  it('a clean exit is not a crash', () => {
    const { contents, crash } = watched();
    crash('clean-exit');
    vi.advanceTimersByTime(5_000);
    expect(contents.reload).not.toHaveBeenCalled();
  });

  it('a renderer hung for 10 s is killed and reloaded', () => {
    const { window, contents } = watched();
    window.emit('unresponsive');
    vi.advanceTimersByTime(9_999);
    expect(contents.forcefullyCrashRenderer).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(contents.forcefullyCrashRenderer).toHaveBeenCalledOnce();
    expect(contents.reload).toHaveBeenCalledOnce();
    expect(contents.forcefullyCrashRenderer.mock.invocationCallOrder[0]).toBeLessThan(contents.reload.mock.invocationCallOrder[0]!);
  });

  it('the crash caused by killing a hung renderer does not reload it twice', () => {
    const { window, contents, crash } = watched();
    window.emit('unresponsive');
    vi.advanceTimersByTime(10_000);
    crash('killed');
    vi.advanceTimersByTime(5_000);
    expect(contents.reload).toHaveBeenCalledOnce();
  });

  it('a renderer that recovers within 10 s is left alone', () => {
    const { window, contents } = watched();
    window.emit('unresponsive');
    vi.advanceTimersByTime(5_000);
    window.emit('responsive');
    vi.advanceTimersByTime(20_000);
    expect(contents.forcefullyCrashRenderer).not.toHaveBeenCalled();
    expect(contents.reload).not.toHaveBeenCalled();
  });

  it('listeners are removed on close, and pending reloads cancelled', () => {
    const { window, contents, crash } = watched();
    crash('oom');
    window.close();
    vi.advanceTimersByTime(5_000);
    expect(contents.reload).not.toHaveBeenCalled();
    for (const name of ['render-process-gone', 'did-finish-load']) expect(contents.listenerCount(name)).toBe(0);
    for (const name of ['unresponsive', 'responsive', 'closed']) expect(window.listenerCount(name)).toBe(0);
  });

  it('the returned function stops it too', () => {
    const { window, contents, stop, crash } = watched();
    stop();
    crash('crashed');
    window.emit('unresponsive');
    vi.advanceTimersByTime(20_000);
    expect(contents.reload).not.toHaveBeenCalled();
    expect(contents.forcefullyCrashRenderer).not.toHaveBeenCalled();
  });
});
