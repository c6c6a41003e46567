/**
 * Live content: reads the content files again every few seconds and reports
 * only when what it reads has changed. Reading three small local files is
 * cheap, works the same over app:// and http://, and sees deleted files and
 * renamed folders, which file-system events report unevenly across systems.
 * A half-written or broken save is reported as problems; the caller keeps the
 * last good content, and the next poll sees the finished save. A read that
 * fails outright (it throws) is reported to `onError`, once until it changes,
 * and the watching goes on: a repaired file still comes in.
 */
import { loadContent, type LoadResult } from './load-content';

export const CONTENT_POLL_MS = 2000;

/** The log line for a read of the content that failed outright: the watching goes on. */
export const readFailed = (error: unknown): string => `reading the content failed, still watching: ${String(error)}`;

export class ContentWatcher {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #last = '';
  #bound = false;
  /** The last read's error, so a lasting one is reported once, not every poll. */
  #lastError: string | undefined;

  constructor(
    private readonly onChange: (result: LoadResult) => void,
    private readonly everyMs = CONTENT_POLL_MS,
    private readonly load: () => Promise<LoadResult> = loadContent,
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  /** Starts watching from content read with `signature` (so that content is not reported again). */
  bind(signature: string): void {
    this.unbind();
    this.#last = signature;
    this.#bound = true;
    this.#schedule();
  }

  unbind(): void {
    this.#bound = false;
    clearTimeout(this.#timer);
  }

  #schedule(): void {
    this.#timer = setTimeout(() => void this.#poll(), this.everyMs);
  }

  async #poll(): Promise<void> {
    let result: LoadResult | undefined;
    try {
      result = await this.load();
    } catch (error) {
      if (this.#bound && String(error) !== this.#lastError) this.onError(error);
      this.#lastError = String(error);
    }
    if (!this.#bound) return;
    if (result) this.#lastError = undefined;
    if (result && result.signature !== this.#last) {
      this.#last = result.signature;
      this.onChange(result);
    }
    this.#schedule();
  }
}
