/**
 * Autoplay: after each chapter's dwell time, advance; from the last chapter,
 * wrap to the first. Restarts its timer on every move, so a presenter's step
 * gets the full dwell too, and waits while the travel is paused.
 */
import type { Show } from '../state/show.svelte';

export class AutoplayController {
  #stop: (() => void) | null = null;

  constructor(private readonly show: Show) {}

  bind(): void {
    this.unbind();
    this.#stop = $effect.root(() => {
      $effect(() => {
        // Paused (K), autoplay waits; on resuming, the chapter gets its full dwell again.
        if (!this.show.autoplay || this.show.travel.paused) return;
        void this.show.move;
        const timer = setTimeout(() => this.show.dispatch({ type: 'advance' }, 'show'), this.show.current.content.dwellSeconds * 1000);
        return () => clearTimeout(timer);
      });
    });
  }

  unbind(): void {
    this.#stop?.();
    this.#stop = null;
  }
}
