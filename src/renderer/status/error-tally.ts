/**
 * The page's errors since it loaded, for the status report: every error that
 * goes to the log (platform.log, which uncaught errors reach too) is counted here.
 */
let count = 0;
let last: string | null = null;

export function noteError(message: string): void {
  count++;
  last = message;
}

export function errorsSoFar(): { errors: number; lastError: string | null } {
  return { errors: count, lastError: last };
}
