/**
 * When the show stops on an unexpected error it starts again by itself, each
 * time a little later; failures long past are forgotten. Past the last delay
 * it gives up and says why, rather than restarting for ever.
 */
export const RESTART_POLICY = {
  /** Delay before the 1st, 2nd… restart among recent failures. */
  delaysSeconds: [5, 10, 20, 40] as readonly number[],
  /** A failure older than this no longer counts. */
  forgetAfterSeconds: 600,
};

/**
 * Seconds to wait before restarting, given the times (ms) of the failures so
 * far, this one included; null when there have been too many of late.
 */
export function restartDelay(failures: readonly number[], now: number, policy = RESTART_POLICY): number | null {
  const recent = failures.filter((at) => now - at < policy.forgetAfterSeconds * 1000).length;
  return policy.delaysSeconds[Math.max(0, recent - 1)] ?? null;
}
