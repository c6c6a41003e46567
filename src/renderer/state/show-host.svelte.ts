/**
 * The show's window, as an owner of what happens around the show: start-up
 * (settings, then content), content edits, restarts after an error with
 * their back-off, the opening hours, the operator's notices and whether S may
 * open the presenter view. App.svelte renders what it holds and nothing else.
 *
 * Whatever goes wrong on the way in (the settings cannot be read, the first
 * content load throws instead of returning its problems) takes the same road
 * as an error in the show: a restart, later each time, then the stopped
 * screen naming the cause. The app never waits on its loading screen for ever.
 */
import { loopOffsetMs, loopPositionAt, nextLoopStart } from '@model/attract-loop';
import { describeProblem, type ContentProblem } from '@model/content';
import type { Journey } from '@model/journey';
import { DEFAULT_SETTINGS, type Settings } from '@shared/config';
import type { Lang } from '@shared/i18n';
import { leadingPart, type Part } from '@shared/parts';
import type { LogEntry, Startup } from '@shared/ipc';
import { presenterAllowed } from '@shared/presenter';
import { reopenAt } from '@model/reload-chapter';
import { FailureHistory, RESTART_POLICY } from '@shared/restart-policy';
import { ContentWatcher, readFailed } from '../content/content-watcher';
import { loadContent, type LoadResult } from '../content/load-content';
import { OpeningHoursController } from '../controllers/opening-hours';
import { loopOf } from '../controllers/sync-loop.svelte';
import * as platform from '../platform';
import { PRESENTER_TEXTS } from '../presenter/texts';
import { Show } from './show.svelte';

/** How long start-up problems (bad flags) stay on screen; they stay in the log. */
export const NOTICE_SECONDS = 30;

/** What the host asks of where it runs; tests pass their own. */
export interface HostPlatform {
  getStartup(): Promise<Startup>;
  loadContent(): Promise<LoadResult>;
  log(entry: LogEntry): void;
  openPresenter(allowed: boolean): boolean;
  openPresenterAtStart(settings: Settings): boolean;
  /** The address's hash: a deep link names the chapter to start on. */
  hash(): string;
}

export const PAGE_PLATFORM: HostPlatform = {
  getStartup: platform.getStartup,
  loadContent,
  log: platform.log,
  openPresenter: platform.openPresenter,
  openPresenterAtStart: platform.openPresenterAtStart,
  hash: () => location.hash,
};

/** Why the show is not on screen: it restarts soon, or it has stopped for good (with the cause). */
export type Trouble = { kind: 'restarting' } | { kind: 'stopped'; cause: string };

/** The operator's note for a refused content edit (the log, and the help overlay). */
const refusedEdit = (problem: ContentProblem) => `Content edit refused, the last good content stays on: ${describeProblem(problem)}`;

export class ShowHost {
  #show = $state.raw<Show>();
  /** The content was broken at start: its problems, on screen until the files are fixed. */
  #problems = $state.raw<ContentProblem[]>();
  #trouble = $state.raw<Trouble>();
  #settings = $state.raw<Settings>(DEFAULT_SETTINGS);
  #notices = $state.raw<string[]>([]);
  /** Outside the opening hours the screen is black. */
  #open = $state(true);
  /** Why the latest content edit was refused: for the operator, in the help overlay (?). */
  #operatorNotes = $state.raw<string[]>([]);
  #presenterOk = false;
  /** The show's restarts since the page loaded, for the status files. */
  #restarts = 0;
  /** The contentHash of the content on screen. */
  #hash = $state.raw<string>();
  /** Under sync, content that came in and waits for the loop to start again. */
  #pending: Extract<LoadResult, { ok: true }> | undefined;
  #pendingTimer: ReturnType<typeof setTimeout> | undefined;
  readonly #failures = new FailureHistory(RESTART_POLICY.show);
  readonly #watcher: ContentWatcher;
  #hours: OpeningHoursController | undefined;
  #noticeTimer: ReturnType<typeof setTimeout> | undefined;
  #restartTimer: ReturnType<typeof setTimeout> | undefined;
  #running = false;

  constructor(private readonly platform: HostPlatform = PAGE_PLATFORM) {
    this.#watcher = new ContentWatcher(
      (result) => this.applyContent(result),
      undefined,
      platform.loadContent,
      (error) => platform.log({ level: 'error', message: readFailed(error) }),
    );
  }

  get show(): Show | undefined {
    return this.#show;
  }
  get contentProblems(): ContentProblem[] | undefined {
    return this.#problems;
  }
  get trouble(): Trouble | undefined {
    return this.#trouble;
  }
  get notices(): string[] {
    return this.#notices;
  }
  get open(): boolean {
    return this.#open;
  }
  get operatorNotes(): string[] {
    return this.#operatorNotes;
  }
  get idleSeconds(): number {
    return this.#settings.idleSeconds;
  }
  /** The attract loop: autoplay from the settings, and coming back after the idle time. */
  get attract(): boolean {
    return this.#settings.autoplay;
  }
  /** What this window shows of the show it leads (src/shared/parts.ts). */
  get part(): Part {
    return leadingPart(this.#settings);
  }

  /** Times the show restarted after an error since the page loaded. */
  get restarts(): number {
    return this.#restarts;
  }
  /** Kiosks in step by the clock: the attract loop follows it (SyncLoopController). */
  get sync(): boolean {
    return this.#settings.sync && this.#settings.autoplay;
  }
  /** The contentHash of the content on screen (undefined before any good content). */
  get contentHash(): string | undefined {
    return this.#hash;
  }
  /** Under sync, how far the chapter on screen is from the clock's loop, in ms (0 in step); null when sync is off. */
  get syncOffsetMs(): number | null {
    const show = this.#show;
    if (!this.sync || !show) return null;
    return loopOffsetMs(loopOf(show), show.index, show.chapterSince, Date.now());
  }
  /** The show's language, or the settings' before there is a show. */
  get lang(): Lang {
    return this.#show?.lang ?? this.#settings.lang;
  }

  start(): void {
    this.#running = true;
    void this.#boot();
  }

  stop(): void {
    this.#running = false;
    clearTimeout(this.#noticeTimer);
    clearTimeout(this.#restartTimer);
    clearTimeout(this.#pendingTimer);
    this.#pending = undefined;
    this.#hours?.unbind();
    this.#watcher.unbind();
  }

  /** S: opens the presenter view, if this show allows it. */
  openPresenter(): void {
    this.platform.openPresenter(this.#presenterOk);
  }

  /** A content edit arrived: show it from the same chapter, or keep the last good content and say why. */
  applyContent(result: LoadResult): void {
    const { log } = this.platform;
    if (!result.ok) {
      this.#operatorNotes = result.problems.map(refusedEdit);
      for (const message of this.#operatorNotes) log({ level: 'warn', message });
      if (!this.#show) this.#problems = result.problems;
      return;
    }
    this.#operatorNotes = [];
    log({ level: 'info', message: `content came in: hash ${result.hash}, ${result.journey.chapters.length} chapters` });
    if (this.sync && this.#show) return this.#atLoopStart(result);
    const show = this.#present(result);
    log({ level: 'info', message: `content changed and reloaded: ${result.journey.chapters.length} chapters, showing "${show.current.content.id}"` });
  }

  /** Under sync, new content takes over when the loop starts again, so kiosks updated within one loop switch together. */
  #atLoopStart(result: Extract<LoadResult, { ok: true }>): void {
    const waiting = this.#pending !== undefined;
    this.#pending = result;
    if (waiting) return;
    const now = Date.now();
    const at = nextLoopStart(loopOf(this.#show!), now);
    this.platform.log({ level: 'info', message: `content ${result.hash} takes over when the loop starts again, in ${Math.round((at - now) / 1000)} s` });
    this.#pendingTimer = setTimeout(() => {
      const next = this.#pending!;
      this.#pending = undefined;
      const show = this.#present(next);
      this.platform.log({
        level: 'info',
        message: `content changed and reloaded at the loop's start: hash ${next.hash}, showing "${show.current.content.id}"`,
      });
    }, at - now);
  }

  /**
   * Shows the content from the chapter on screen (or, at start, the deep link's), keeping autoplay and the language.
   * Under sync, autoplay starts on the clock's chapter, in step.
   */
  #present({ journey, hash }: { journey: Journey; hash: string }): Show {
    const show = this.#show;
    const autoplay = show?.autoplay ?? this.attract;
    let start = reopenAt(journey, show, this.platform.hash());
    let loopStart: number | undefined;
    if (this.sync && autoplay) ({ index: start, start: loopStart } = loopPositionAt(loopOf({ journey }), Date.now()));
    this.#show = new Show(journey, { autoplay, start, lang: this.lang, loopStart });
    this.#hash = hash;
    this.#problems = undefined;
    return this.#show;
  }

  /**
   * Something failed (the show, or the start): start again, later each time,
   * in the same chapter at rest; past the policy's last delay, stop and say why.
   * `again` starts it again (the error boundary's reset, or the start-up).
   */
  restartLater(error: unknown, again: () => void): void {
    const { log } = this.platform;
    const delay = this.#failures.fail(Date.now());
    if (delay === null) {
      this.#trouble = { kind: 'stopped', cause: String(error) };
      log({ level: 'error', message: `the show stopped on errors too often in the last minutes and will not restart by itself: ${String(error)}` });
      return;
    }
    this.#trouble = { kind: 'restarting' };
    this.#restarts++;
    log({ level: 'error', message: `the show stopped on an error and restarts in ${delay} s: ${String(error)}` });
    clearTimeout(this.#restartTimer);
    this.#restartTimer = setTimeout(() => {
      this.#trouble = undefined;
      this.#show?.dispatch({ type: 'settle' }, 'show');
      again();
    }, delay * 1000);
  }

  async #boot(): Promise<void> {
    try {
      const [startup, content] = await Promise.all([this.platform.getStartup(), this.platform.loadContent()]);
      if (this.#running) this.#begin(startup, content);
    } catch (error) {
      if (this.#running) this.restartLater(`the show could not start: ${String(error)}`, () => void this.#boot());
    }
  }

  #begin({ settings, problems }: Startup, content: LoadResult): void {
    const { log } = this.platform;
    for (const message of problems) log({ level: 'warn', message });
    this.#settings = settings;
    this.#presenterOk = presenterAllowed(settings);
    const notices = [...problems];
    if (!this.platform.openPresenterAtStart(settings)) notices.push(PRESENTER_TEXTS[settings.lang].blocked);
    this.#notices = notices;
    clearTimeout(this.#noticeTimer);
    if (notices.length > 0) this.#noticeTimer = setTimeout(() => (this.#notices = []), NOTICE_SECONDS * 1000);
    this.#hours?.unbind();
    this.#hours = new OpeningHoursController(settings.openingHours, (open) => (this.#open = open));
    this.#hours.bind();
    if (content.ok) {
      log({ level: 'info', message: `content came in: hash ${content.hash}, ${content.journey.chapters.length} chapters` });
      this.#present(content);
    } else {
      for (const problem of content.problems) log({ level: 'error', message: describeProblem(problem) });
      this.#problems = content.problems;
    }
    this.#watcher.bind(content.signature);
  }
}
