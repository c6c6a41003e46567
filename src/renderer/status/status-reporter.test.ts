import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StatusReport } from '@shared/ipc';
import { StatusReporter, type ShowFigures } from './status-reporter';

const FIGURES: ShowFigures = { contentHash: 'abc', chapter: 'overview', mode: 'autoplay', errors: 0, lastError: null, restarts: {}, syncOffsetMs: null };

/** Animation frames that come only when the test paints one. */
let frames: Map<number, FrameRequestCallback>;
beforeEach(() => {
  vi.useFakeTimers({ now: Date.parse('2026-12-08T09:00:00Z'), toFake: ['setInterval', 'clearInterval', 'Date'] });
  frames = new Map();
  let next = 1;
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => (frames.set(next, callback), next++));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});
const paint = () => {
  const waiting = [...frames.values()];
  frames.clear();
  for (const callback of waiting) callback(performance.now());
};

/** A reporter every 5 s, bound, and the reports it sent. */
function bound(): { sent: StatusReport[]; reporter: StatusReporter } {
  const sent: StatusReport[] = [];
  const reporter = new StatusReporter(
    () => FIGURES,
    (r) => sent.push(r),
    5_000,
  );
  reporter.bind();
  return { sent, reporter };
}
describe('StatusReporter', () => {
  it('reports the figures with the time of the frame it asked for, as the frame comes', () => {
    const { sent, reporter } = bound();
    vi.advanceTimersByTime(1_000);
    paint();
    expect(sent).toEqual([{ ...FIGURES, pageId: expect.any(String), lastFrameAt: Date.parse('2026-12-08T09:00:01Z') }]);
    vi.advanceTimersByTime(5_000);
    paint();
    expect(sent.map((r) => r.lastFrameAt)).toEqual([Date.parse('2026-12-08T09:00:01Z'), Date.parse('2026-12-08T09:00:06Z')]);
    expect(new Set(sent.map((r) => r.pageId)).size).toBe(1);
    reporter.unbind();
  });

  it('when no frame comes, it still reports, with the last frame’s time, which then stops advancing', () => {
    const { sent, reporter } = bound();
    paint();
    vi.advanceTimersByTime(15_000);
    expect(sent.map((r) => r.lastFrameAt)).toEqual(Array(3).fill(Date.parse('2026-12-08T09:00:00Z')));
    reporter.unbind();
  });

  it('unbind stops the reports and gives back the frame asked for', () => {
    const { sent, reporter } = bound();
    reporter.unbind();
    expect(frames.size).toBe(0);
    vi.advanceTimersByTime(20_000);
    expect(sent).toEqual([]);
  });
});
