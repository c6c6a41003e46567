import { describe, expect, it, vi } from 'vitest';
import { HEARTBEAT } from './protocol';
import { WATCHDOG, WorkerSupervisor, type SupervisorClock } from './worker-supervisor';

/** A worker stand-in: `die` fails it as a missing script or a crash would; `close` ends it in silence. */
class FakeWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  sent: unknown[] = [];
  terminated = false;
  closed = false;
  postMessage(message: unknown) {
    this.sent.push(message);
    if (message === HEARTBEAT && !this.closed) queueMicrotask(() => this.reply({ type: 'alive' }));
  }
  terminate() {
    this.terminated = true;
  }
  reply(data: unknown) {
    this.onmessage?.({ data } as MessageEvent);
  }
  die(message = '') {
    this.onerror?.({ message, preventDefault: () => {} } as ErrorEvent);
  }
}

/** The supervisor's time, moved on by hand. */
class ManualClock implements SupervisorClock {
  #now = 0;
  #tasks: { at: number; task: () => void }[] = [];
  now = () => this.#now;
  after(ms: number, task: () => void) {
    const entry = { at: this.#now + ms, task };
    this.#tasks.push(entry);
    return () => void (this.#tasks = this.#tasks.filter((t) => t !== entry));
  }
  /** Moves on by `ms`, running what falls due in order, and letting the workers answer in between. */
  async advance(ms: number) {
    const end = this.#now + ms;
    for (;;) {
      await Promise.resolve();
      const next = this.#tasks.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!next) break;
      this.#tasks = this.#tasks.filter((t) => t !== next);
      this.#now = next.at;
      next.task();
    }
    this.#now = end;
  }
}

function supervise() {
  const workers: FakeWorker[] = [];
  const clock = new ManualClock();
  const handlers = { message: vi.fn(), restarted: vi.fn(), problem: vi.fn() };
  const supervisor = new WorkerSupervisor(
    () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker as unknown as Worker;
    },
    handlers,
    clock,
  );
  supervisor.run();
  return { supervisor, workers, handlers, clock, latest: () => workers.at(-1)! };
}

describe('WorkerSupervisor', () => {
  it('replaces a worker that closed itself without a word, however few messages were sent, and says so', async () => {
    const { workers, handlers, clock, latest } = supervise();
    latest().closed = true; // self.close(): no error event, no more answers
    await clock.advance(WATCHDOG.heartbeatMs + WATCHDOG.silentMs - 1);
    expect(handlers.problem).not.toHaveBeenCalled();
    await clock.advance(1);
    expect(workers[0]!.terminated).toBe(true);
    expect(handlers.problem).toHaveBeenCalledWith(
      expect.stringMatching(/^basemap worker failed \(it has not answered for 5 s: closed or killed\); starting a new one in 1 s/),
    );
    await clock.advance(1_000);
    expect(workers).toHaveLength(2);
    expect(handlers.restarted).toHaveBeenCalledOnce();
  });

  it('leaves a worker that answers its heartbeats alone, for as long as it runs', async () => {
    const { workers, handlers, clock } = supervise();
    await clock.advance(60 * 60_000);
    expect(workers).toHaveLength(1);
    expect(workers[0]!.sent.filter((m) => m === HEARTBEAT)).toHaveLength((60 * 60_000) / WATCHDOG.heartbeatMs);
    expect(handlers.problem).not.toHaveBeenCalled();
  });

  it('any answer counts: a worker busy drawing tiles is alive', async () => {
    const { workers, handlers, clock, latest } = supervise();
    latest().closed = true;
    await clock.advance(WATCHDOG.heartbeatMs + WATCHDOG.silentMs - 1);
    latest().reply({ type: 'tile', id: 1 });
    await clock.advance(WATCHDOG.heartbeatMs);
    expect(workers).toHaveLength(1);
    expect(handlers.message).toHaveBeenCalledWith({ type: 'tile', id: 1 });
    expect(handlers.message, 'the heartbeat answers stay with the supervisor').toHaveBeenCalledOnce();
  });

  it('replaces a failed worker after a second, says so, and asks the layer to draw again', async () => {
    const { workers, handlers, clock, latest } = supervise();
    latest().die('Failed to fetch a script');
    expect(workers[0]!.terminated).toBe(true);
    expect(handlers.problem).toHaveBeenCalledWith(expect.stringMatching(/^basemap worker failed \(Failed to fetch a script\); starting a new one in 1 s/));
    await clock.advance(999);
    expect(workers).toHaveLength(1);
    await clock.advance(1);
    expect(workers).toHaveLength(2);
    expect(handlers.restarted).toHaveBeenCalledOnce();
  });

  it('waits longer after each failure in a row (1, 2, 5, 15, 30 s), and from 1 s again once a worker has worked', async () => {
    const { supervisor, workers, clock, latest } = supervise();
    for (const ms of [1_000, 2_000, 5_000, 15_000, 30_000, 30_000]) {
      const before = workers.length;
      latest().die();
      await clock.advance(ms - 1);
      expect(workers.length, `no new worker before ${ms} ms`).toBe(before);
      await clock.advance(1);
      expect(workers.length, `a new worker at ${ms} ms`).toBe(before + 1);
    }
    supervisor.healthy();
    latest().die();
    await clock.advance(1_000);
    expect(workers).toHaveLength(8);
  });

  it('passes messages on, sends to the current worker, and stops for good', async () => {
    const { supervisor, handlers, clock, latest } = supervise();
    latest().reply({ type: 'tile' });
    expect(handlers.message).toHaveBeenCalledWith({ type: 'tile' });
    supervisor.send({ type: 'palette' });
    expect(latest().sent).toEqual([{ type: 'palette' }]);
    latest().die();
    supervisor.stop();
    await clock.advance(60_000);
    expect(handlers.restarted).not.toHaveBeenCalled();
  });

  it('stopped, it sends no more heartbeats', async () => {
    const { supervisor, clock, latest } = supervise();
    supervisor.stop();
    await clock.advance(60_000);
    expect(latest().sent).toEqual([]);
  });
});
