// @ts-check
/**
 * The kiosk's health, for fleet tools that read files: the page reports what
 * it shows and when it last painted a frame; a writer (Electron main, or the
 * local server in a browser) keeps a book of those reports and writes, on its
 * own timer, status.json and the same figures as node_exporter textfile
 * metrics (handover.prom). Because the writer writes on its own clock, a page
 * that hangs stops its reports and the files say so: lastFrameAt stops
 * advancing and `rendering` turns false.
 *
 * Pure (no Node, no DOM): main and scripts/serve.mjs share it. Plain
 * JavaScript, type-checked from its JSDoc, because Node runs the server with
 * no build.
 */
import { z } from 'zod';

export const STATUS_FILE = 'status.json';
export const METRICS_FILE = 'handover.prom';
/** Electron only: a small JPEG of the screen, for an operator's glance. */
export const SCREEN_FILE = 'screen.jpg';

export const STATUS_TIMINGS = Object.freeze({
  /** The page reports this often. */
  reportEveryMs: 5_000,
  /** The writer replaces the files this often. */
  writeEveryMs: 10_000,
  /** No frame for this long and the status says the screen is not rendering (three missed reports). */
  staleAfterMs: 15_000,
  /** Electron: a new screen.jpg this often. */
  screenEveryMs: 60_000,
});

/**
 * What the show is doing: the attract loop, a visitor in control, a presenter
 * driving it (autoplay off), black outside the opening hours, restarting or
 * stopped after errors, or not started yet.
 */
/** @type {readonly [StatusReport['mode'], ...StatusReport['mode'][]]} */
export const MODES = ['starting', 'autoplay', 'visitor', 'presenter', 'closed', 'restarting', 'stopped'];

/** A restart's cause: lower-case words with dashes, as `show-error`. */
const CAUSE = /^[a-z][a-z-]{0,39}$/;

/** What the page reports; checked before it is believed. Counters count since the page loaded. */
export const STATUS_REPORT_SCHEMA = z.strictObject({
  /** Tells one page load from the next: a new id means the page was loaded again. */
  pageId: z.string().min(1).max(64),
  contentHash: z.string().max(64).nullable(),
  chapter: z.string().max(200).nullable(),
  mode: z.enum(MODES),
  /** When the page last painted a frame (ms since the epoch, the page's clock). */
  lastFrameAt: z.number().finite().nonnegative().nullable(),
  errors: z.number().int().nonnegative(),
  lastError: z.string().max(4000).nullable(),
  /** The page's own restarts (the show after an error), by cause. */
  restarts: z.record(z.string().regex(CAUSE), z.number().int().nonnegative()),
  /** How far this kiosk's show is from the clock-synced position, when sync is on. */
  syncOffsetMs: z.number().finite().nullable(),
});

/** @typedef {import('./ipc').StatusReport} StatusReport */

/**
 * A report from the page, or null when it is not one.
 * @param {unknown} value
 * @returns {StatusReport | null}
 */
export function parseStatusReport(value) {
  const result = STATUS_REPORT_SCHEMA.safeParse(value);
  return result.success ? result.data : null;
}

/**
 * What status.json holds.
 * @typedef {object} Status
 * @property {string} version
 * @property {string | null} contentHash
 * @property {string | null} chapter
 * @property {StatusReport['mode']} mode
 * @property {string | null} lastFrameAt ISO time of the last painted frame the page reported.
 * @property {number | null} lastFrameAgeSeconds
 * @property {boolean} rendering A frame was painted within STATUS_TIMINGS.staleAfterMs.
 * @property {string} startedAt
 * @property {number} uptimeSeconds
 * @property {{ total: number, byCause: Record<string, number> }} restarts
 * @property {{ total: number, last: string | null }} errors
 * @property {number | null} syncOffsetMs
 * @property {string} writtenAt
 */

/** @param {Record<string, number>} into @param {Record<string, number>} counts */
function addCounts(into, counts) {
  for (const [cause, n] of Object.entries(counts)) into[cause] = (into[cause] ?? 0) + n;
}

/**
 * The writer's memory of the reports, across page loads: counters of earlier
 * pages are kept, and a page loaded again counts as a restart (`page-reload`)
 * unless the writer itself restarted it and said why (`restarted`).
 */
export class StatusBook {
  /** @type {StatusReport | null} */
  #report = null;
  /** Restarts and errors of earlier page loads, and restarts the writer made. */
  /** @type {Record<string, number>} */
  #pastRestarts = {};
  #pastErrors = 0;
  /** @type {string | null} */
  #pastLastError = null;
  #restartExplained = false;

  /** @param {{ version: string, startedAt: number }} options */
  constructor({ version, startedAt }) {
    this.version = version;
    this.startedAt = startedAt;
  }

  /** @param {StatusReport} report */
  receive(report) {
    const last = this.#report;
    if (last && last.pageId !== report.pageId) {
      addCounts(this.#pastRestarts, last.restarts);
      this.#pastErrors += last.errors;
      this.#pastLastError = last.lastError ?? this.#pastLastError;
      if (!this.#restartExplained) addCounts(this.#pastRestarts, { 'page-reload': 1 });
    }
    this.#restartExplained = false;
    this.#report = report;
  }

  /**
   * The writer restarted the page (a crashed or hung renderer), or noticed an
   * error of its own, with its cause.
   * @param {string} cause
   */
  restarted(cause) {
    addCounts(this.#pastRestarts, { [cause]: 1 });
    this.#restartExplained = true;
  }

  /**
   * @param {number} now ms since the epoch
   * @returns {Status}
   */
  status(now) {
    const report = this.#report;
    /** @type {Record<string, number>} */
    const byCause = { ...this.#pastRestarts };
    if (report) addCounts(byCause, report.restarts);
    const lastFrameAt = report?.lastFrameAt ?? null;
    const age = lastFrameAt === null ? null : Math.max(0, now - lastFrameAt);
    return {
      version: this.version,
      contentHash: report?.contentHash ?? null,
      chapter: report?.chapter ?? null,
      mode: report?.mode ?? 'starting',
      lastFrameAt: lastFrameAt === null ? null : new Date(lastFrameAt).toISOString(),
      lastFrameAgeSeconds: age === null ? null : Math.round(age / 100) / 10,
      rendering: age !== null && age < STATUS_TIMINGS.staleAfterMs,
      startedAt: new Date(this.startedAt).toISOString(),
      uptimeSeconds: Math.round((now - this.startedAt) / 1000),
      restarts: { total: Object.values(byCause).reduce((a, b) => a + b, 0), byCause },
      errors: { total: this.#pastErrors + (report?.errors ?? 0), last: report?.lastError ?? this.#pastLastError },
      syncOffsetMs: report?.syncOffsetMs ?? null,
      writtenAt: new Date(now).toISOString(),
    };
  }
}

/** A label value as the text format wants it: backslash, quote and newline escaped. @param {string} value */
const label = (value) => value.replaceAll('\\', '\\\\').replaceAll('"', '\\"').replaceAll('\n', '\\n');

/** @param {string | null} iso */
const seconds = (iso) => (iso === null ? 0 : Date.parse(iso) / 1000);

/**
 * The status as node_exporter textfile-collector metrics (no timestamps, as
 * the collector wants). A frame never painted reads as 0, so "no frame for
 * 60 s" fires for it too.
 * @param {Status} status
 * @returns {string}
 */
export function prometheusText(status) {
  /** @type {string[]} */
  const lines = [];
  /** @param {string} name @param {'gauge' | 'counter'} type @param {string} help @param {[string, number][]} samples */
  const metric = (name, type, help, samples) => {
    lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
    for (const [labels, value] of samples) lines.push(`${name}${labels} ${value}`);
  };
  const info = `{version="${label(status.version)}",content_hash="${label(status.contentHash ?? '')}",mode="${status.mode}",chapter="${label(status.chapter ?? '')}"}`;
  metric('handover_up', 'gauge', 'The kiosk process is running and writing its status (1).', [['', 1]]);
  metric('handover_info', 'gauge', 'What the kiosk runs and shows: version, content hash, mode, chapter.', [[info, 1]]);
  metric('handover_last_frame_timestamp_seconds', 'gauge', 'When the screen last painted a frame (Unix time; 0 if never).', [
    ['', seconds(status.lastFrameAt)],
  ]);
  metric('handover_rendering', 'gauge', `1 if a frame was painted in the last ${STATUS_TIMINGS.staleAfterMs / 1000} s.`, [['', status.rendering ? 1 : 0]]);
  metric('handover_start_timestamp_seconds', 'gauge', 'When the kiosk process started (Unix time).', [['', seconds(status.startedAt)]]);
  metric('handover_uptime_seconds', 'gauge', 'Seconds since the kiosk process started.', [['', status.uptimeSeconds]]);
  metric(
    'handover_restarts_total',
    'counter',
    'Restarts of the show or its page since the process started, by cause.',
    Object.entries(status.restarts.byCause).map(([cause, n]) => [`{cause="${label(cause)}"}`, n]),
  );
  metric('handover_errors_total', 'counter', 'Errors logged since the process started.', [['', status.errors.total]]);
  if (status.syncOffsetMs !== null)
    metric('handover_sync_offset_seconds', 'gauge', 'How far the show is from its clock-synced position.', [['', status.syncOffsetMs / 1000]]);
  metric('handover_status_timestamp_seconds', 'gauge', 'When these figures were written (Unix time).', [['', seconds(status.writtenAt)]]);
  return `${lines.join('\n')}\n`;
}
