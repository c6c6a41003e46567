/**
 * Keeps the basemap's worker alive. If it fails (its script cannot load, it
 * throws, it crashes), it is replaced after a pause that grows with each
 * failure in a row, and the layer is told so it can draw its tiles again.
 * A worker that goes silent (killed with no error event) counts as failed.
 * Every failure and restart is reported: a kiosk's map must never stay sea
 * coloured without a line in the log saying why.
 */
import { backoffDelay } from '@shared/restart-policy';

export const WORKER_RESTART_DELAYS_MS: readonly number[] = [1_000, 2_000, 5_000, 15_000, 30_000];

/**
 * A worker killed without an error event (the system ended it) goes silent:
 * past this many messages sent without a word back, it is taken for dead.
 * Counted, not timed: a count cannot misfire when a test or the benchmark
 * moves the page's clock on. A walk through the whole story peaks at 115
 * unanswered messages (camera flights request and cancel many tiles); a
 * dead worker in the attract loop is found within a loop or two.
 */
export const SILENT_AFTER_MESSAGES = 1000;

export interface SupervisorHandlers<Out> {
  message(message: Out): void;
  /** A new worker replaced a failed one: send it what it needs and ask for the tiles again. */
  restarted(): void;
  problem(text: string): void;
}

export class WorkerSupervisor<In, Out> {
  #worker: Worker | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #failures = 0;
  /** Messages sent since the worker last said anything. */
  #unanswered = 0;

  constructor(
    private readonly start: () => Worker,
    private readonly handlers: SupervisorHandlers<Out>,
    private readonly delays: readonly number[] = WORKER_RESTART_DELAYS_MS,
  ) {}

  /** Starts supervising `first` (a worker started early), or a new one. */
  run(first?: Worker): void {
    this.#adopt(first ?? this.start());
  }

  send(message: In): void {
    if (!this.#worker) return;
    this.#worker.postMessage(message);
    if (++this.#unanswered > SILENT_AFTER_MESSAGES) this.#fail(`it has not answered the last ${SILENT_AFTER_MESSAGES} messages`);
  }

  /** The worker did real work: a later failure starts the back-off from the beginning. */
  healthy(): void {
    this.#failures = 0;
  }

  stop(): void {
    clearTimeout(this.#timer);
    this.#worker?.terminate();
    this.#worker = undefined;
  }

  #adopt(worker: Worker): void {
    this.#unanswered = 0;
    worker.onmessage = (event: MessageEvent<Out>) => {
      this.#unanswered = 0;
      this.handlers.message(event.data);
    };
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      this.#fail(event.message || 'its script did not load, or it stopped');
    };
    worker.onmessageerror = () => this.#fail('a message from it could not be read');
    this.#worker = worker;
  }

  #fail(reason: string): void {
    if (!this.#worker) return;
    this.#worker.terminate();
    this.#worker = undefined;
    this.#failures++;
    const delay = backoffDelay(this.#failures, this.delays);
    this.handlers.problem(`basemap worker failed (${reason}); starting a new one in ${delay / 1000} s (failure ${this.#failures} in a row)`);
    this.#timer = setTimeout(() => {
      this.#adopt(this.start());
      this.handlers.restarted();
    }, delay);
  }
}
