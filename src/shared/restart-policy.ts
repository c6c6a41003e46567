/**
 * Back-off for everything that restarts itself: the show after an error, the
 * Electron renderer after a crash, the basemap worker. Each restart a little
 * later than the last, failures long past forgotten. The show gives up past
 * its last delay and says why; a renderer or a worker never gives up, as a
 * kiosk with no show or no map is worse than one that keeps trying.
 */
export interface Backoff {
  /** Delay before the 1st, 2nd… restart among recent failures. */
  delaysSeconds: readonly number[];
  /** Past the last delay: stop (true) or repeat the last delay for ever (false). */
  givesUp: boolean;
  /** A failure older than this no longer counts. */
  forgetAfterSeconds: number;
}

/** Ten quiet minutes and a failure counts as the first again. */
const FORGET_AFTER_SECONDS = 600;

export const RESTART_POLICY = {
  /** The show, after an unexpected error in the page. */
  show: { delaysSeconds: [5, 10, 20, 40], givesUp: true, forgetAfterSeconds: FORGET_AFTER_SECONDS },
  /** A crashed or killed process (the renderer, which Electron main reloads, or the basemap worker), or a map file that failed to load. */
  process: { delaysSeconds: [1, 2, 5, 15, 30], givesUp: false, forgetAfterSeconds: FORGET_AFTER_SECONDS },
} as const satisfies Record<string, Backoff>;

/** The failures (times in ms) still remembered at `now`. */
function recentFailures(failures: readonly number[], now: number, backoff: Backoff): number[] {
  return failures.filter((at) => now - at < backoff.forgetAfterSeconds * 1000);
}

/** Seconds to wait after the `count`th failure in a row (past the last delay, the last again). */
export function delayAfter(count: number, backoff: Backoff): number {
  const { delaysSeconds: delays } = backoff;
  return delays[Math.min(Math.max(count, 1), delays.length) - 1]!;
}

/**
 * Seconds to wait before restarting, given the times (ms) of the failures so
 * far, this one included; null when the policy gives up.
 */
export function restartDelay(failures: readonly number[], now: number, backoff: Backoff = RESTART_POLICY.show): number | null {
  const recent = recentFailures(failures, now, backoff).length;
  if (recent > backoff.delaysSeconds.length && backoff.givesUp) return null;
  return delayAfter(recent, backoff);
}

/** One restarting thing's failures, remembered as the policy says. */
export class FailureHistory {
  #failures: number[] = [];

  constructor(readonly backoff: Backoff) {}

  /** A failure at `now` (ms): the seconds to wait before restarting, or null to give up. */
  fail(now: number): number | null {
    this.#failures = [...recentFailures(this.#failures, now, this.backoff), now];
    return restartDelay(this.#failures, now, this.backoff);
  }

  /** Recent failures, as of the last one recorded. */
  get count(): number {
    return this.#failures.length;
  }

  /** It worked again: the next failure waits the first delay. */
  forget(): void {
    this.#failures = [];
  }
}
