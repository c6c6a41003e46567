/**
 * The status files, as a fleet tool reads them: the local server that serves
 * the page (scripts/serve.mjs, here with its default folder out/logs/) writes
 * status.json and handover.prom from the page's reports, on its own timer. A
 * page that hangs stops moving the last frame's time, and the status says the
 * screen is not rendering within 30 s; it comes back when the page does.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import { expect, test } from './support/test';
import { DEFAULT_STATUS_DIR } from '../scripts/serve.mjs';
import { contentHash } from '../src/shared/content-hash';
import { CONTENT_FILES } from '../src/model/content';
import { dataDirectory } from './support/story';

interface Status {
  version: string;
  contentHash: string | null;
  chapter: string | null;
  mode: string;
  lastFrameAt: string | null;
  rendering: boolean;
  uptimeSeconds: number;
  restarts: { total: number; byCause: Record<string, number> };
  errors: { total: number; last: string | null };
  syncOffsetMs: number | null;
  writtenAt: string;
}

const readStatusText = () => readFileSync(join(DEFAULT_STATUS_DIR, 'status.json'), 'utf8');
const readStatus = () => JSON.parse(readStatusText()) as Status;
const frameTime = (status: Status) => (status.lastFrameAt === null ? 0 : Date.parse(status.lastFrameAt));
/** The hash of the content files as the app reads them. */
const expectedHash = contentHash(CONTENT_FILES.map((file) => readFileSync(join(dataDirectory, file), 'utf8')));

/** Keeps a status file as the report shows it. */
function keep(name: string, text: string): void {
  const dir = join(import.meta.dirname, '../test-results/status');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), text);
}

test('a hung page makes the status stale within 30 s: the last frame stops, rendering turns false, and both come back when it runs again', async ({ page }) => {
  test.setTimeout(120_000);
  const openedAt = Date.now();
  await page.goto('/index.html?autoplay');
  await expect
    .poll(
      () => {
        const status = readStatus();
        return { fresh: frameTime(status) > openedAt, rendering: status.rendering, mode: status.mode, contentHash: status.contentHash };
      },
      { timeout: 25_000 },
    )
    .toEqual({ fresh: true, rendering: true, mode: 'autoplay', contentHash: expectedHash });
  const normal = readStatus();
  expect(normal.chapter).toMatch(/^[a-z0-9-]+$/);
  expect(normal.syncOffsetMs).toBeNull();
  keep('normal.json', readStatusText());

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Debugger.enable');
  await cdp.send('Debugger.pause');
  const hungAt = Date.now();
  await expect.poll(() => readStatus().rendering, { timeout: 30_000, intervals: [1000] }).toBe(false);
  const hung = readStatus();
  expect(Date.now() - hungAt).toBeLessThan(30_000);
  expect(frameTime(hung)).toBeLessThanOrEqual(hungAt + 1000);
  expect(Date.parse(hung.writtenAt)).toBeGreaterThan(hungAt);
  keep('hung.json', readStatusText());

  await cdp.send('Debugger.resume');
  await expect.poll(() => readStatus().rendering, { timeout: 25_000 }).toBe(true);
  expect(frameTime(readStatus())).toBeGreaterThan(hungAt);
  await cdp.detach();
});

test('handover.prom is node_exporter textfile format, with the frame time, the process up and what it shows', async ({ page }) => {
  const openedAt = Date.now();
  await page.goto('/index.html?autoplay');
  const read = () => {
    const text = readFileSync(join(DEFAULT_STATUS_DIR, 'handover.prom'), 'utf8');
    return { text, families: Object.fromEntries(parsePrometheusTextFormat(text).map((family) => [family.name, family])) };
  };
  await expect
    .poll(
      () => {
        const { families } = read();
        return {
          fresh: Number(families.handover_last_frame_timestamp_seconds?.metrics[0]?.value) * 1000 > openedAt,
          mode: families.handover_info?.metrics[0]?.labels?.mode,
        };
      },
      { timeout: 25_000 },
    )
    .toEqual({ fresh: true, mode: 'autoplay' });
  const { text, families } = read();
  keep('handover.prom', text);
  expect(Object.keys(families).every((name) => name.startsWith('handover_'))).toBe(true);
  expect(families.handover_up).toMatchObject({ type: 'GAUGE', metrics: [{ value: '1' }] });
  expect(families.handover_rendering!.metrics).toEqual([{ value: '1' }]);
  expect(families.handover_info!.metrics[0]!.labels).toMatchObject({
    mode: 'autoplay',
    content_hash: expectedHash,
    version: expect.stringMatching(/^\d+\.\d+\.\d+/),
  });
  expect(families.handover_errors_total).toMatchObject({ type: 'COUNTER' });
  expect(families.handover_restarts_total).toMatchObject({ type: 'COUNTER' });
  expect(Number(families.handover_uptime_seconds!.metrics[0]!.value)).toBeGreaterThan(0);
});
