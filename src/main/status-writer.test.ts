import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StatusReport } from '@shared/ipc';
import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import { STATUS_TIMINGS } from '@shared/status.mjs';
import { recordingLogger } from './recording-logger.test-support';
import { SCREEN_WIDTH, keepStatus } from './status-writer';

/** Exactly what keepStatus uses of a window: capturePage() and the image's resize and toJPEG. */
function fakeWindow() {
  const resize = vi.fn(() => ({ toJPEG: (quality: number) => Buffer.from(`jpeg ${quality}`) }));
  const window = { isDestroyed: () => false, webContents: { capturePage: async () => ({ isEmpty: () => false, resize }) } };
  return { window: window as unknown as BrowserWindow, resize };
}

/** A page's report at this instant, from the page `pageId`. */
const report = (pageId: string): StatusReport => ({
  pageId,
  contentHash: 'abc',
  chapter: 'overview',
  mode: 'autoplay',
  lastFrameAt: Date.now(),
  errors: 0,
  lastError: null,
  restarts: {},
  syncOffsetMs: null,
});
describe('keepStatus', () => {
  it('writes status.json and handover.prom from the reports, and a small JPEG of the screen on its own timer', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'handover-status-main-'));
    const { window, resize } = fakeWindow();
    const log = recordingLogger();
    const keeper = keepStatus(window, { dir, version: '1.2.3', log, timings: { ...STATUS_TIMINGS, writeEveryMs: 50, screenEveryMs: 50 } });
    keeper.receive(report('a'));
    keeper.restarted('renderer-crashed');
    keeper.receive(report('b'));
    await vi.waitFor(() => expect(readdirSync(dir).sort()).toEqual(['handover.prom', 'screen.jpg', 'status.json']));
    await vi.waitFor(() =>
      expect(JSON.parse(readFileSync(join(dir, 'status.json'), 'utf8'))).toMatchObject({
        version: '1.2.3',
        mode: 'autoplay',
        restarts: { total: 1, byCause: { 'renderer-crashed': 1 } },
      }),
    );
    expect(readFileSync(join(dir, 'screen.jpg'), 'utf8')).toBe('jpeg 70');
    expect(resize).toHaveBeenCalledWith({ width: SCREEN_WIDTH, quality: 'good' });
    await vi.waitFor(() => expect(readFileSync(join(dir, 'handover.prom'), 'utf8')).toContain('handover_restarts_total{cause="renderer-crashed"} 1'));
    keeper.stop();
    expect(log.lines).toEqual([`info: status files (status.json, handover.prom, screen.jpg) in ${dir}`]);
  });

  it('a folder it cannot write is said once in the log, not every time', async () => {
    const { window } = fakeWindow();
    const log = recordingLogger();
    const file = join(mkdtempSync(join(tmpdir(), 'handover-status-main-')), 'a-file');
    writeFileSync(file, 'not a folder');
    const keeper = keepStatus(window, { dir: join(file, 'status'), version: '1', log, timings: { ...STATUS_TIMINGS, writeEveryMs: 20, screenEveryMs: 20 } });
    await new Promise((done) => setTimeout(done, 200));
    keeper.stop();
    expect(log.lines.filter((line) => line.includes('cannot write the status files'))).toHaveLength(1);
    expect(log.lines.filter((line) => line.includes('cannot save the screen picture'))).toHaveLength(1);
  });
});
