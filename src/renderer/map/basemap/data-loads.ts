/**
 * The worker's data loads (the world's datasets, the cities' files), one
 * after the other in the order first asked for: loading them side by side
 * would only delay the first, which the first view needs. A load that fails
 * is reported (the layer passes it to the app's log) and tried again after
 * the shared back-off (restart-policy.ts): 1, 2, 5, 15, then every 30 s,
 * failures ten minutes old forgotten, as every restart does; meanwhile tiles
 * are drawn without it, and drawn again once it is in.
 */
import { FailureHistory, RESTART_POLICY, type Backoff } from '@shared/restart-policy';

export interface LoadEvents {
  /** Something for the operator's log. */
  problem(text: string): void;
  /** A load finished (or failed): tiles waiting for it can go on. */
  settled(): void;
  /** A load that had failed came in: what was drawn without it should be drawn again. */
  recovered(): void;
}

type Timer = (run: () => void, ms: number) => unknown;

export class DataLoads<Id extends string> {
  readonly #ready = new Map<Id, unknown>();
  /** Asked for and not (yet) in: loading, or failed and waiting out its back-off. */
  readonly #pending = new Set<Id>();
  /** Failed, and not to be asked for until its back-off is over; kept until it comes in. */
  readonly #failures = new Map<Id, FailureHistory>();
  #queue = Promise.resolve();

  constructor(
    private readonly events: LoadEvents,
    private readonly backoff: Backoff = RESTART_POLICY.process,
    private readonly later: Timer = (run, ms) => setTimeout(run, ms),
    private readonly now: () => number = Date.now,
  ) {}

  get<T>(id: Id): T | undefined {
    return this.#ready.get(id) as T | undefined;
  }

  has(id: Id): boolean {
    return this.#ready.has(id);
  }

  /** True while its last attempt failed: tiles are drawn without it meanwhile. */
  failed(id: Id): boolean {
    return this.#failures.has(id);
  }

  /** Neither in nor failed: a tile wanting it should wait. */
  waiting(id: Id): boolean {
    return !this.#ready.has(id) && !this.#failures.has(id);
  }

  /** Starts loading `id` after what is queued, unless it is in, on its way, or waiting out a failure. */
  need<T>(id: Id, describe: string, load: () => Promise<T>): void {
    if (this.#ready.has(id) || this.#pending.has(id)) return;
    this.#pending.add(id);
    this.#queue = this.#queue
      .then(load)
      .then(
        (data) => this.#loaded(id, describe, data),
        (error: unknown) => this.#fail(id, describe, load, error),
      )
      .then(() => this.events.settled());
  }

  #loaded(id: Id, describe: string, data: unknown): void {
    this.#ready.set(id, data);
    this.#pending.delete(id);
    const failures = this.#failures.get(id)?.count;
    if (!failures) return;
    this.#failures.delete(id);
    this.events.problem(`basemap: ${describe} loaded after ${failures} failed attempt${failures > 1 ? 's' : ''}; the map is drawn again`);
    this.events.recovered();
  }

  #fail<T>(id: Id, describe: string, load: () => Promise<T>, error: unknown): void {
    const history = this.#failures.get(id) ?? new FailureHistory(this.backoff);
    this.#failures.set(id, history);
    // A load never gives up (a map without it is worse than one that keeps trying): past the policy, its last delay again.
    const delay = (history.fail(this.now()) ?? this.backoff.delaysSeconds.at(-1)!) * 1000;
    const reason = error instanceof Error ? error.message : String(error);
    this.events.problem(`basemap: cannot load ${describe} (${reason}); trying again in ${delay / 1000} s (failure ${history.count} in a row)`);
    this.later(() => {
      this.#pending.delete(id);
      this.need(id, describe, load);
    }, delay);
  }
}
