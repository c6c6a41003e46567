/**
 * Keeps the address in step with the show: `#/<chapter id>` names the chapter
 * on screen (written with replaceState, so stepping never floods the history),
 * and a hash typed or followed by hand goes to its chapter.
 */
import { chapterFromHash, chapterHash } from '@model/deep-link';
import type { Show } from '../state/show.svelte';

/** Puts chapter `id` in the address, replacing the current history entry. */
export function writeChapterHash(id: string, target: Window = window): void {
  const hash = chapterHash(id);
  if (target.location.hash !== hash) target.history.replaceState(target.history.state, '', hash);
}

/** Follows a hash changed by hand (typed, or a link) to its chapter. */
export class DeepLinkController {
  #bound = false;

  constructor(
    private readonly show: Show,
    private readonly target: Window = window,
  ) {}

  bind(): void {
    this.unbind();
    this.target.addEventListener('hashchange', this.#onHashChange);
    this.#bound = true;
  }

  unbind(): void {
    if (this.#bound) this.target.removeEventListener('hashchange', this.#onHashChange);
    this.#bound = false;
  }

  #onHashChange = (): void => {
    const index = chapterFromHash(
      this.target.location.hash,
      this.show.journey.chapters.map((c) => c.content.id),
    );
    if (index !== null) this.show.dispatch({ type: 'goto', index });
  };
}
