/**
 * The contract between main and renderer: channel names and payloads. The
 * preload exposes exactly these as named functions; main checks every payload.
 */
import type { Settings } from './config';

export const IPC = {
  /** renderer -> main (invoke): the settings the app was started with. */
  getStartup: 'handover:get-startup',
  /** renderer -> main (send): a line for the app's log. */
  log: 'handover:log',
  /** renderer -> main (send, no payload): open the presenter view, or bring it forward (S). */
  openPresenter: 'handover:open-presenter',
} as const;

export interface Startup {
  settings: Settings;
  /** Problems with the flags, to be shown on screen as well as logged. */
  problems: string[];
}

/** The fields of Startup, as a value: main sends exactly these (src/main/ipc.ts), and its test holds the two equal. */
export const STARTUP_FIELDS = ['settings', 'problems'] as const satisfies readonly (keyof Startup)[];
/** Compiles only while STARTUP_FIELDS lists every field of Startup. */
export const STARTUP_FIELDS_COMPLETE: [Exclude<keyof Startup, (typeof STARTUP_FIELDS)[number]>] extends [never] ? true : never = true;

export type LogLevel = 'info' | 'warn' | 'error';

export interface LogEntry {
  level: LogLevel;
  message: string;
}

export const LOG_MESSAGE_MAX = 4000;
// Payloads are checked in main with ipc-schema.ts (zod), which the preload must not bundle.

/** What the preload puts on `window.handover`. */
export interface HandoverApi {
  getStartup(): Promise<Startup>;
  log(entry: LogEntry): void;
  /** Opens the presenter view or brings it forward; main decides whether this show allows it. */
  openPresenter(): void;
}
