/**
 * Autoplay: after each chapter's dwell time, advance; from the last chapter,
 * wrap to the first. Restarts its timer on every move, so a presenter's step
 * gets the full dwell too.
 */
import type { Show } from '../state/show.svelte';

export class AutoplayController {
  #stop: (() => void) | null = null;

  constructor(private readonly show: Show) {}

  bind(): void {
    this.unbind();
    this.#stop = $effect.root(() => {
      $effect(() => {
        if (!this.show.autoplay) return;
        void this.show.move;
        const timer = setTimeout(() => this.show.dispatch({ type: 'advance' }, 'show'), this.show.current.chapter.dwellSeconds * 1000);
        return () => clearTimeout(timer);
      });
    });
  }

  unbind(): void {
    this.#stop?.();
    this.#stop = null;
  }
}
