import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import { describe, expect, it } from 'vitest';
import type { StatusReport } from './ipc';
import { STATUS_TIMINGS, StatusBook, parseStatusReport, prometheusText } from './status.mjs';

const START = Date.parse('2026-12-08T09:00:00Z');
const report = (extra: Partial<StatusReport> = {}): StatusReport => ({
  pageId: 'a',
  contentHash: '0123456789abcdef',
  chapter: 'stade-de-france',
  mode: 'autoplay',
  lastFrameAt: START + 4_000,
  errors: 0,
  lastError: null,
  restarts: {},
  syncOffsetMs: null,
  ...extra,
});
const book = () => new StatusBook({ version: '0.1.0', startedAt: START });

describe('StatusBook', () => {
  it('before any report: starting, no frame, not rendering, uptime from the start', () => {
    expect(book().status(START + 10_000)).toMatchObject({
      version: '0.1.0',
      mode: 'starting',
      chapter: null,
      lastFrameAt: null,
      rendering: false,
      startedAt: '2026-12-08T09:00:00.000Z',
      uptimeSeconds: 10,
      restarts: { total: 0, byCause: {} },
      errors: { total: 0, last: null },
    });
  });

  it('a fresh frame reads as rendering; the same report written later, once no frame came for the stale time, does not', () => {
    const b = book();
    b.receive(report());
    expect(b.status(START + 5_000)).toMatchObject({
      lastFrameAt: '2026-12-08T09:00:04.000Z',
      lastFrameAgeSeconds: 1,
      rendering: true,
      chapter: 'stade-de-france',
    });
    const later = b.status(START + 4_000 + STATUS_TIMINGS.staleAfterMs);
    expect(later).toMatchObject({ lastFrameAt: '2026-12-08T09:00:04.000Z', rendering: false, lastFrameAgeSeconds: STATUS_TIMINGS.staleAfterMs / 1000 });
  });

  it('a page loaded again counts as a restart and keeps the errors and restarts of the page before', () => {
    const b = book();
    b.receive(report({ errors: 2, lastError: 'tiles failed', restarts: { 'show-error': 1 } }));
    b.receive(report({ pageId: 'b', errors: 1, lastError: 'boom' }));
    expect(b.status(START + 6_000)).toMatchObject({
      restarts: { total: 2, byCause: { 'show-error': 1, 'page-reload': 1 } },
      errors: { total: 3, last: 'boom' },
    });
  });

  it('a restart main made is counted with its cause, and the new page after it is not counted again', () => {
    const b = book();
    b.receive(report());
    b.restarted('renderer-crashed');
    b.receive(report({ pageId: 'b' }));
    b.receive(report({ pageId: 'b' }));
    expect(b.status(START + 6_000).restarts).toEqual({ total: 1, byCause: { 'renderer-crashed': 1 } });
  });
});

describe('parseStatusReport', () => {
  it('takes a report and refuses anything else', () => {
    expect(parseStatusReport(report())).toEqual(report());
    expect(parseStatusReport({ ...report(), mode: 'asleep' })).toBeNull();
    expect(parseStatusReport({ ...report(), lastFrameAt: 'now' })).toBeNull();
    expect(parseStatusReport({ ...report(), restarts: { 'Bad Cause': 1 } })).toBeNull();
    expect(parseStatusReport('{}')).toBeNull();
  });
});

describe('prometheusText', () => {
  it('is the textfile format: every figure under the handover_ prefix, as a parser of that format reads it', () => {
    const b = book();
    b.receive(report({ chapter: 'say "hi"\\', errors: 3, restarts: { 'show-error': 2 }, syncOffsetMs: 40 }));
    const text = prometheusText(b.status(START + 10_000));
    const families = Object.fromEntries(parsePrometheusTextFormat(text).map((f) => [f.name, f]));
    expect(Object.keys(families).every((name) => name.startsWith('handover_'))).toBe(true);
    expect(families.handover_last_frame_timestamp_seconds).toMatchObject({ type: 'GAUGE', metrics: [{ value: String((START + 4_000) / 1000) }] });
    expect(families.handover_up!.metrics).toEqual([{ value: '1' }]);
    expect(families.handover_rendering!.metrics).toEqual([{ value: '1' }]);
    expect(families.handover_errors_total).toMatchObject({ type: 'COUNTER', metrics: [{ value: '3' }] });
    expect(families.handover_restarts_total!.metrics).toEqual([{ labels: { cause: 'show-error' }, value: '2' }]);
    expect(families.handover_info!.metrics).toEqual([
      { labels: { version: '0.1.0', content_hash: '0123456789abcdef', mode: 'autoplay', chapter: 'say "hi"\\' }, value: '1' },
    ]);
    expect(families.handover_sync_offset_seconds!.metrics).toEqual([{ value: '0.04' }]);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('a screen that never painted reads as frame time 0, so "no frame for 60 s" fires for it too', () => {
    const text = prometheusText(book().status(START));
    expect(text).toMatch(/^handover_last_frame_timestamp_seconds 0$/m);
    expect(text).not.toContain('handover_sync_offset_seconds');
  });
});
