/**
 * S in either window asks the show for the presenter view (a counted request
 * in the show's state); the audience window, which owns the show, opens it or
 * brings it forward through `open` (Electron's main process, or a browser window).
 */
import { untrack } from 'svelte';
import type { Show } from '../state/show.svelte';

export class PresenterOpener {
  #stop: (() => void) | null = null;

  constructor(
    private readonly show: Show,
    private readonly open: () => void,
  ) {}

  bind(): void {
    this.unbind();
    // Requests made before this show existed (a content reload, a restart) are not made again.
    let seen = this.show.presenterRequests;
    this.#stop = $effect.root(() => {
      // Woken by every change of the show's state; acts only on a new request.
      $effect(() => {
        const requests = this.show.presenterRequests;
        if (requests === seen) return;
        seen = requests;
        untrack(this.open);
      });
    });
  }

  unbind(): void {
    this.#stop?.();
    this.#stop = null;
  }
}
