import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LoadResult } from './load-content';
import { ContentWatcher } from './content-watcher';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const bad = (signature: string): LoadResult => ({ ok: false, problems: [{ file: 'chapters.json', path: '', message: 'x' }], signature });

describe('ContentWatcher', () => {
  it('reports a change once, when what it reads differs from the last read', async () => {
    const reads = ['a', 'a', 'b', 'b', 'b'];
    const load = vi.fn(async () => bad(reads.shift() ?? 'b'));
    const changes: string[] = [];
    const watcher = new ContentWatcher((r) => changes.push(r.signature), 1000, load);
    watcher.bind('a');
    await vi.advanceTimersByTimeAsync(5000);
    expect(load).toHaveBeenCalledTimes(5);
    expect(changes).toEqual(['b']);
    watcher.unbind();
  });

  it('reports every distinct state of a burst of saves, ending on the last', async () => {
    const reads = ['{"half', '{"half":1}', '{"done":2}'];
    const changes: string[] = [];
    const watcher = new ContentWatcher(
      (r) => changes.push(r.signature),
      1000,
      async () => bad(reads.shift() ?? '{"done":2}'),
    );
    watcher.bind('start');
    await vi.advanceTimersByTimeAsync(5000);
    expect(changes).toEqual(['{"half', '{"half":1}', '{"done":2}']);
    watcher.unbind();
  });

  it('stops reading when unbound, even with a read in flight', async () => {
    let finish: (r: LoadResult) => void = () => {};
    const load = vi.fn(() => new Promise<LoadResult>((resolve) => (finish = resolve)));
    const onChange = vi.fn();
    const watcher = new ContentWatcher(onChange, 1000, load);
    watcher.bind('a');
    await vi.advanceTimersByTimeAsync(1000);
    watcher.unbind();
    finish(bad('b'));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(onChange).not.toHaveBeenCalled();
    expect(load).toHaveBeenCalledTimes(1);
  });
});

describe('ContentWatcher, when a read fails outright', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('keeps watching after a rejected read, says so once, and the repaired content comes in', async () => {
    const reads: (LoadResult | Error)[] = [new Error('disk gone'), new Error('disk gone'), bad('repaired')];
    const load = vi.fn(async () => {
      const next = reads.shift() ?? bad('repaired');
      if (next instanceof Error) throw next;
      return next;
    });
    const changes: string[] = [];
    const errors: unknown[] = [];
    const watcher = new ContentWatcher(
      (r) => changes.push(r.signature),
      1000,
      load,
      (error) => errors.push(error),
    );
    watcher.bind('before');
    await vi.advanceTimersByTimeAsync(4000);
    expect(load).toHaveBeenCalledTimes(4);
    expect(changes).toEqual(['repaired']);
    expect(errors.map(String)).toEqual(['Error: disk gone']);
    watcher.unbind();
  });
});
