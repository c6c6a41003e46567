/**
 * Keyboard walkthrough: reads the key table and dispatches the command each
 * key names. The same table feeds the help overlay.
 */
import { bindingFor, digitOf, type KeyAction } from '@shared/keys';
import type { ShowCommand } from '@shared/show-state';
import type { Show } from '../state/show.svelte';

/** What the keyboard drives: the show itself, or the presenter view's mirror of it. */
export type KeyTarget = Pick<Show, 'dispatch' | 'digits'>;

/** The command a key's action stands for; Enter after a typed number goes to that chapter. */
function commandFor(show: KeyTarget, action: KeyAction, code: string): ShowCommand | null {
  switch (action) {
    case 'next':
      return (code === 'Enter' || code === 'NumpadEnter') && show.digits ? { type: 'commit-digits' } : { type: 'next' };
    case 'prev':
    case 'first':
    case 'last':
    case 'blackout':
    case 'help':
    case 'autoplay':
    case 'language':
    case 'dismiss':
    case 'presenter':
      return { type: action };
    case 'digit':
      return { type: 'digit', digit: digitOf(code) };
    case 'swallow':
      return null;
  }
}

export class KeyboardController {
  #target: EventTarget | null = null;

  constructor(private readonly show: KeyTarget) {}

  bind(target: EventTarget = window): void {
    this.unbind();
    this.#target = target;
    target.addEventListener('keydown', this.#onKeyDown as EventListener, { capture: true });
  }

  unbind(): void {
    this.#target?.removeEventListener('keydown', this.#onKeyDown as EventListener, { capture: true });
    this.#target = null;
  }

  #onKeyDown = (event: KeyboardEvent): void => {
    const binding = bindingFor(event);
    if (!binding) return;
    event.preventDefault();
    if (event.repeat && binding.action !== 'next' && binding.action !== 'prev') return;
    const command = commandFor(this.show, binding.action, event.code);
    if (command) this.show.dispatch(command);
  };
}
