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
  /** renderer -> main (send): what the show is doing and when it last painted, for the status files (src/shared/status.mjs). */
  reportStatus: 'handover:report-status',
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

/**
 * What the show is doing, as the page reports it every few seconds for the
 * status files. Counters count since the page loaded; the writer adds up
 * page loads (src/shared/status.mjs, which also holds its schema).
 */
export interface StatusReport {
  /** Tells one page load from the next: a new id means the page was loaded again. */
  pageId: string;
  contentHash: string | null;
  /** The id of the chapter on screen. */
  chapter: string | null;
  mode: 'starting' | 'autoplay' | 'visitor' | 'presenter' | 'closed' | 'restarting' | 'stopped';
  /** When the page last painted a frame (ms since the epoch). */
  lastFrameAt: number | null;
  errors: number;
  lastError: string | null;
  /** The show's own restarts, by cause (as `show-error`). */
  restarts: Record<string, number>;
  /** How far the show is from its clock-synced position, when sync is on. */
  syncOffsetMs: number | null;
}
// Payloads are checked in main with ipc-schema.ts (zod), which the preload must not bundle.

/** What the preload puts on `window.handover`. */
export interface HandoverApi {
  getStartup(): Promise<Startup>;
  log(entry: LogEntry): void;
  /** Opens the presenter view or brings it forward; main decides whether this show allows it. */
  openPresenter(): void;
  /** The show's health, every few seconds; main writes it to the status files. */
  reportStatus(report: StatusReport): void;
}
