/**
 * Reports the show's health to where it runs (Electron main, or the local
 * server in a browser), which writes the status files. Every few seconds it
 * asks for an animation frame and reports from its callback, with the frame's
 * time; a frame that does not come by the next time is reported as missing
 * (the last frame's time again). A page that hangs, or stops painting, stops
 * moving that time, and the writer, on its own clock, shows the status going
 * stale. One frame asked for per report, not a loop on every frame: an idle
 * kiosk stays idle.
 */
import type { StatusReport } from '@shared/ipc';

/** How often the page reports; the writer calls the screen stale after three missed reports (src/shared/status.mjs). */
export const STATUS_REPORT_EVERY_MS = 5_000;

/** Everything in a report but what the reporter itself knows (the page load and the last frame). */
export type ShowFigures = Omit<StatusReport, 'pageId' | 'lastFrameAt'>;

export class StatusReporter {
  readonly #pageId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  #lastFrameAt: number | null = null;
  #timer: ReturnType<typeof setInterval> | undefined;
  /** The frame asked for, until it comes. */
  #frame = 0;

  constructor(
    private readonly read: () => ShowFigures,
    private readonly send: (report: StatusReport) => void,
    private readonly everyMs = STATUS_REPORT_EVERY_MS,
  ) {}

  bind(): void {
    this.unbind();
    this.#askForFrame();
    this.#timer = setInterval(() => {
      if (this.#frame !== 0) this.#report(); // the frame asked for last time has not come
      this.#askForFrame();
    }, this.everyMs);
  }

  unbind(): void {
    clearInterval(this.#timer);
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  #askForFrame(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#lastFrameAt = Date.now();
      this.#report();
    });
  }

  #report(): void {
    this.send({ pageId: this.#pageId, lastFrameAt: this.#lastFrameAt, ...this.read() });
  }
}
