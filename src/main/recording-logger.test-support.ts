import type { Logger } from './log';

/** A Logger that keeps its lines, for assertions. */
export function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const record = (level: string) => (message: string) => void lines.push(`${level}: ${message}`);
  return { lines, info: record('info'), warn: record('warn'), error: record('error'), close: async () => {} };
}
