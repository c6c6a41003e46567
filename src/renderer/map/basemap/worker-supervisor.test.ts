import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SILENT_AFTER_MESSAGES, WorkerSupervisor } from './worker-supervisor';

/** A worker stand-in: `die` fails it as a missing script or a crash would. */
class FakeWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  sent: unknown[] = [];
  terminated = false;
  postMessage(message: unknown) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  die(message = '') {
    this.onerror?.({ message, preventDefault: () => {} } as ErrorEvent);
  }
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function supervise() {
  const workers: FakeWorker[] = [];
  const handlers = { message: vi.fn(), restarted: vi.fn(), problem: vi.fn() };
  const supervisor = new WorkerSupervisor(() => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker as unknown as Worker;
  }, handlers);
  supervisor.run();
  return { supervisor, workers, handlers, latest: () => workers.at(-1)! };
}

describe('WorkerSupervisor', () => {
  it('takes a worker that stops answering (killed without an error) for dead, and replaces it', () => {
    const { supervisor, workers, handlers, latest } = supervise();
    for (let i = 0; i < SILENT_AFTER_MESSAGES; i++) supervisor.send({ tile: i });
    latest().onmessage?.({ data: 'drawn' } as MessageEvent);
    for (let i = 0; i < SILENT_AFTER_MESSAGES; i++) supervisor.send({ tile: i });
    expect(handlers.problem, 'a worker that answers now and then is alive').not.toHaveBeenCalled();
    supervisor.send({ tile: 'one too many' });
    expect(workers[0]!.terminated).toBe(true);
    expect(handlers.problem).toHaveBeenCalledWith(expect.stringMatching(/^basemap worker failed \(it has not answered the last 1000 messages\)/));
    vi.advanceTimersByTime(1_000);
    expect(workers).toHaveLength(2);
    expect(handlers.restarted).toHaveBeenCalledOnce();
  });

  it('replaces a failed worker after a second, says so, and asks the layer to draw again', () => {
    const { workers, handlers, latest } = supervise();
    latest().die('Failed to fetch a script');
    expect(workers[0]!.terminated).toBe(true);
    expect(handlers.problem).toHaveBeenCalledWith(expect.stringMatching(/^basemap worker failed \(Failed to fetch a script\); starting a new one in 1 s/));
    vi.advanceTimersByTime(999);
    expect(workers).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(workers).toHaveLength(2);
    expect(handlers.restarted).toHaveBeenCalledOnce();
  });

  it('waits longer after each failure in a row (1, 2, 5, 15, 30 s), and from 1 s again once a worker has worked', () => {
    const { supervisor, workers, latest } = supervise();
    for (const ms of [1_000, 2_000, 5_000, 15_000, 30_000, 30_000]) {
      const before = workers.length;
      latest().die();
      vi.advanceTimersByTime(ms - 1);
      expect(workers.length, `no new worker before ${ms} ms`).toBe(before);
      vi.advanceTimersByTime(1);
      expect(workers.length, `a new worker at ${ms} ms`).toBe(before + 1);
    }
    supervisor.healthy();
    latest().die();
    vi.advanceTimersByTime(1_000);
    expect(workers).toHaveLength(8);
  });

  it('passes messages on, sends to the current worker, and stops for good', () => {
    const { supervisor, handlers, latest } = supervise();
    latest().onmessage?.({ data: { type: 'tile' } } as MessageEvent);
    expect(handlers.message).toHaveBeenCalledWith({ type: 'tile' });
    supervisor.send({ type: 'palette' });
    expect(latest().sent).toEqual([{ type: 'palette' }]);
    latest().die();
    supervisor.stop();
    vi.advanceTimersByTime(60_000);
    expect(handlers.restarted).not.toHaveBeenCalled();
  });
});
