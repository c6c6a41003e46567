/**
 * Autoplay in step by the clock (the `sync` setting), in place of the
 * AutoplayController's dwell timer: the chapter on screen is the one the
 * clock's loop shows (src/model/attract-loop.ts), so every kiosk whose clock
 * is set by NTP shows the same, with no message between them.
 *
 * One timer, for the end of the chapter on screen; when it fires the clock is
 * asked again (followClock), so a clock stepped meanwhile (NTP, a reboot)
 * never stalls or races the show: it waits out the chapter, or flies to the
 * clock's. A show that joins (a restart, mid-loop) lands in step at once; one
 * that comes back to autoplay (a visitor has left) flies to the clock's chapter.
 */
import { attractLoop, followClock, type AttractLoop } from '@model/attract-loop';
import type { Show } from '../state/show.svelte';

/** The loop of a show's chapters, by their dwell times. */
export const loopOf = (show: Pick<Show, 'journey'>): AttractLoop => attractLoop(show.journey.chapters.map((c) => c.content.dwellSeconds));

export class SyncLoopController {
  #stop: (() => void) | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #loop: AttractLoop;
  /** Until the first alignment, a show out of step lands in step (it has just started) rather than flying there. */
  #joining = true;

  constructor(
    private readonly show: Show,
    private readonly now: () => number = Date.now,
  ) {
    this.#loop = loopOf(show);
  }

  bind(): void {
    this.unbind();
    this.#joining = true;
    this.#stop = $effect.root(() => {
      $effect(() => {
        // Paused (K), the show waits; on resuming, the clock says where it should be.
        if (!this.show.autoplay || this.show.travel.paused) {
          // A visitor took over: the next alignment is their screen's rejoin.
          if (!this.show.autoplay) this.#joining = false;
          return;
        }
        void this.show.move;
        this.#follow();
        return () => clearTimeout(this.#timer);
      });
    });
  }

  unbind(): void {
    clearTimeout(this.#timer);
    this.#stop?.();
    this.#stop = null;
  }

  #follow = (): void => {
    clearTimeout(this.#timer);
    const { to: index, loop } = this.show.move;
    const action = followClock(this.#loop, { index, start: loop?.start }, this.now());
    if (action.kind === 'wait') {
      this.#joining = false;
      this.#timer = setTimeout(this.#follow, action.ms);
      return;
    }
    const how = action.kind === 'step' ? 'step' : this.#joining ? 'land' : 'rejoin';
    this.#joining = false;
    // The move wakes the effect above, which finds the show in step and waits for the chapter's end.
    this.show.dispatch({ type: 'align', index: action.to.index, start: action.to.start, how }, 'show');
  };
}
