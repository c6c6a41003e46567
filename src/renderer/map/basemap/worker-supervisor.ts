/**
 * Keeps the basemap's worker alive. If it fails (its script cannot load, it
 * throws, it crashes) or goes silent (it closed itself, or the system killed
 * it, with no error event), it is replaced after a pause that grows with each
 * failure in a row, and the layer is told so it can draw its tiles again.
 * Every failure and restart is reported: a kiosk's map must never stay sea
 * coloured without a line in the log saying why.
 */
import { FailureHistory, RESTART_POLICY } from '@shared/restart-policy';
import { HEARTBEAT, isAlive } from './protocol';

/**
 * The watchdog: every HEARTBEAT_MS the worker is sent a heartbeat, which it
 * answers at once; if nothing at all comes back within SILENT_MS, it is
 * taken for dead. Its longest task (preparing the 10m land) takes a few
 * hundred ms, so a working worker always answers in time, and a dead one is
 * replaced and the map drawn again within about 10 s of its death, however
 * few tiles were asked for.
 */
export const WATCHDOG = { heartbeatMs: 2_000, silentMs: 5_000 } as const;

/** The time the watchdog and the back-off run on. Injected, so tests move it by hand. */
export interface SupervisorClock {
  /** Milliseconds, to forget old failures. */
  now(): number;
  /** Runs `task` once after `ms`; returns its cancel. */
  after(ms: number, task: () => void): () => void;
}

/** The Prioritized Task Scheduling API (Chromium, so Electron), not yet in TypeScript's DOM types. */
interface TaskScheduler {
  postTask(task: () => void, options: { delay: number; signal: AbortSignal }): Promise<void>;
}

/**
 * Real time. The delays run on `scheduler.postTask` where there is one: a
 * fake clock (Playwright's page.clock, in the e2e tests and the benchmark,
 * which runs an hour of attract loop in seconds) fakes setTimeout and Date
 * but not it, so moving the page's clock on can never make a worker that
 * answers in real time look silent.
 */
export const REAL_TIME: SupervisorClock = {
  now: () => Date.now(),
  after(ms, task) {
    const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;
    if (!scheduler) {
      const timer = setTimeout(task, ms);
      return () => clearTimeout(timer);
    }
    const controller = new AbortController();
    scheduler.postTask(task, { delay: ms, signal: controller.signal }).catch(() => {}); // rejects when cancelled
    return () => controller.abort();
  },
};

export interface SupervisorHandlers<Out> {
  message(message: Out): void;
  /** A new worker replaced a failed one: send it what it needs and ask for the tiles again. */
  restarted(): void;
  problem(text: string): void;
}

export class WorkerSupervisor<In, Out> {
  #worker: Worker | undefined;
  /** The one pending timer: the next heartbeat, the watchdog's deadline, or the restart. */
  #cancel: () => void = () => {};
  readonly #failures = new FailureHistory(RESTART_POLICY.process);
  /** A heartbeat is out and nothing has come back yet. */
  #awaiting = false;

  constructor(
    private readonly start: () => Worker,
    private readonly handlers: SupervisorHandlers<Out>,
    private readonly clock: SupervisorClock = REAL_TIME,
  ) {}

  /** Starts supervising `first` (a worker started early), or a new one. */
  run(first?: Worker): void {
    this.#adopt(first ?? this.start());
  }

  send(message: In): void {
    this.#worker?.postMessage(message);
  }

  /** The worker did real work: a later failure starts the back-off from the beginning. */
  healthy(): void {
    this.#failures.forget();
  }

  stop(): void {
    this.#cancel();
    this.#worker?.terminate();
    this.#worker = undefined;
  }

  #adopt(worker: Worker): void {
    worker.onmessage = (event: MessageEvent<Out>) => {
      this.#heard();
      if (!isAlive(event.data)) this.handlers.message(event.data);
    };
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      this.#fail(event.message || 'its script did not load, or it stopped');
    };
    worker.onmessageerror = () => this.#fail('a message from it could not be read');
    this.#worker = worker;
    this.#nextHeartbeat();
  }

  /** Waits a heartbeat's interval, then sends one and waits for any answer. */
  #nextHeartbeat(): void {
    this.#cancel();
    this.#awaiting = false;
    this.#cancel = this.clock.after(WATCHDOG.heartbeatMs, () => {
      this.#worker?.postMessage(HEARTBEAT);
      this.#awaiting = true;
      this.#cancel = this.clock.after(WATCHDOG.silentMs, () => this.#fail(`it has not answered for ${WATCHDOG.silentMs / 1000} s: closed or killed`));
    });
  }

  /** Anything from the worker shows it alive: a pending deadline is lifted. */
  #heard(): void {
    if (this.#awaiting) this.#nextHeartbeat();
  }

  #fail(reason: string): void {
    if (!this.#worker) return;
    this.#cancel();
    this.#worker.terminate();
    this.#worker = undefined;
    const delay = this.#failures.fail(this.clock.now()) ?? RESTART_POLICY.process.delaysSeconds.at(-1)!;
    this.handlers.problem(`basemap worker failed (${reason}); starting a new one in ${delay} s (failure ${this.#failures.count} in a row)`);
    this.#cancel = this.clock.after(delay * 1000, () => {
      this.#adopt(this.start());
      this.handlers.restarted();
    });
  }
}
