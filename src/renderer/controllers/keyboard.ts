/**
 * Keyboard walkthrough: reads the key table and drives the show. The same
 * table feeds the help overlay.
 */
import { bindingFor, digitOf, type KeyAction } from '@shared/keys';
import type { Show } from '../state/show.svelte';

function perform(show: Show, action: KeyAction, code: string): void {
  switch (action) {
    case 'next':
      if ((code === 'Enter' || code === 'NumpadEnter') && show.commitDigits()) return;
      show.run({ type: 'next' });
      return;
    case 'prev':
      show.run({ type: 'prev' });
      return;
    case 'first':
      show.run({ type: 'first' });
      return;
    case 'last':
      show.run({ type: 'last' });
      return;
    case 'digit':
      show.typeDigit(digitOf(code));
      return;
    case 'blackout':
      show.toggleBlackout();
      return;
    case 'help':
      show.toggleHelp();
      return;
    case 'autoplay':
      show.setAutoplay(!show.autoplay);
      return;
    case 'dismiss':
      show.dismiss();
      return;
    case 'swallow':
      return;
  }
}

/** Actions that leave the black screen and autoplay as they are. */
const KEEPS_STATE: ReadonlySet<KeyAction> = new Set(['blackout', 'autoplay', 'dismiss', 'swallow', 'help', 'digit']);

export class KeyboardController {
  #target: EventTarget | null = null;

  constructor(private readonly show: Show) {}

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
    if (!KEEPS_STATE.has(binding.action)) this.show.takeControl();
    // A typed chapter number lasts until Enter; any other key but Escape (which clears it itself) drops it.
    const commits = binding.action === 'next' && (event.code === 'Enter' || event.code === 'NumpadEnter');
    if (binding.action !== 'digit' && binding.action !== 'dismiss' && !commits) this.show.clearDigits();
    perform(this.show, binding.action, event.code);
  };
}
