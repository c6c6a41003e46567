/**
 * Back-off for everything that restarts itself (the show after an error, the
 * Electron renderer after a crash, the basemap worker): each restart a little
 * later than the last, failures long past forgotten. The show itself gives up
 * past its last delay and says why, rather than restarting for ever.
 */
export const RESTART_POLICY = {
  /** Delay before the 1st, 2nd… restart among recent failures. */
  delaysSeconds: [5, 10, 20, 40] as readonly number[],
  /** A failure older than this no longer counts. */
  forgetAfterSeconds: 600,
};

/** The failures (times in ms) still remembered at `now`: those younger than `forgetAfterMs`. */
export function recentFailures(failures: readonly number[], now: number, forgetAfterMs: number): number[] {
  return failures.filter((at) => now - at < forgetAfterMs);
}

/** The pause before restart number `count` (from 1) in a row: that delay, the last one repeating. */
export function backoffDelay(count: number, delays: readonly number[]): number {
  return delays[Math.min(Math.max(count, 1), delays.length) - 1]!;
}

/**
 * Seconds to wait before restarting, given the times (ms) of the failures so
 * far, this one included; null when there have been too many of late.
 */
export function restartDelay(failures: readonly number[], now: number, policy = RESTART_POLICY): number | null {
  const recent = recentFailures(failures, now, policy.forgetAfterSeconds * 1000).length;
  return recent > policy.delaysSeconds.length ? null : backoffDelay(recent, policy.delaysSeconds);
}
