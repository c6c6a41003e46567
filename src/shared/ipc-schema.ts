/**
 * The schema main checks every renderer payload against. Kept apart from
 * ipc.ts, which the sandboxed preload bundles: a sandboxed preload can
 * require nothing but 'electron', so it must not pull in zod.
 */
import { z } from 'zod';
import { LOG_MESSAGE_MAX, type LogEntry } from './ipc';

export const logEntrySchema = z.strictObject({
  level: z.enum(['info', 'warn', 'error']),
  message: z.string().max(LOG_MESSAGE_MAX),
}) satisfies z.ZodType<LogEntry>;

/** Checks a log payload from the renderer; anything else is dropped. */
export function isLogEntry(value: unknown): value is LogEntry {
  return logEntrySchema.safeParse(value).success;
}
