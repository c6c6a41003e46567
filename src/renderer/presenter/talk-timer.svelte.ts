/**
 * The talk's elapsed time and the clock for the presenter view. The talk
 * starts when the view first opens; the presenter can reset it. The start is
 * kept for the window's session, so a reloaded view keeps counting.
 */
const STORAGE_KEY = 'handover:talk-started';
/** Twice a second, so the seconds never seem to stall. */
const TICK_MS = 500;

export class TalkTimer {
  #startedAt = $state(0);
  #now = $state(0);
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly storage: Pick<Storage, 'getItem' | 'setItem'> | null = globalThis.sessionStorage ?? null) {}

  bind(): void {
    this.unbind();
    this.#now = Date.now();
    const stored = Number(this.storage?.getItem(STORAGE_KEY));
    if (stored > 0 && stored <= this.#now) this.#startedAt = stored;
    else this.reset();
    this.#timer = setInterval(() => (this.#now = Date.now()), TICK_MS);
  }

  unbind(): void {
    clearInterval(this.#timer);
  }

  /** The talk starts again from now. */
  reset(): void {
    this.#now = this.#startedAt = Date.now();
    this.storage?.setItem(STORAGE_KEY, String(this.#startedAt));
  }

  get elapsedMs(): number {
    return this.#now - this.#startedAt;
  }
  /** The time of day, as of the last tick. */
  get now(): Date {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a fresh Date for each read, never mutated: the reactive state is #now
    return new Date(this.#now);
  }
}
