/**
 * Keyboard walkthrough: reads the key table and dispatches the command each
 * key names. The same table feeds the help overlay.
 */
import { bindingFor, digitOf, type KeyAction } from '@model/keys';
import { stepSelection, type OverviewStep } from '@model/overview';
import type { ShowCommand } from '@model/show-state';
import { SCRUB_STEP } from '@model/travel';
import type { Show } from '../state/show.svelte';

/** What the keyboard drives: the show itself, or the presenter view's mirror of it. */
export type KeyTarget = Pick<Show, 'dispatch' | 'digits' | 'chapterPrompt' | 'overview' | 'count' | 'current'> & {
  /** Where the flag is along its leg, for scrubbing; the presenter view has no map, so it does not scrub. */
  legProgress?: Show['legProgress'];
};

const isEnter = (code: string) => code === 'Enter' || code === 'NumpadEnter';

const OVERVIEW_STEPS: Partial<Record<KeyAction, OverviewStep>> = { next: 'right', prev: 'left', first: 'first', last: 'last' };

/**
 * While the overview is open: the moving keys move its selection, Enter (or
 * Space, as on a button) goes there, chapter numbers and scrubbing wait.
 * undefined: the key does what it always does (help, black screen, Escape…).
 */
function overviewCommandFor(show: KeyTarget, selected: number, action: KeyAction, code: string): ShowCommand | null | undefined {
  if (action === 'digit' || action === 'prompt-chapter' || action === 'scrub') return null;
  if (action === 'next' && (isEnter(code) || code === 'Space')) return { type: 'overview-go' };
  const step = code === 'ArrowUp' ? 'up' : code === 'ArrowDown' ? 'down' : OVERVIEW_STEPS[action];
  return step ? { type: 'overview-select', index: stepSelection(selected, step, show.count) } : undefined;
}

/** The command a key's action stands for; Enter after a typed number goes to that chapter. */
function commandFor(show: KeyTarget, action: KeyAction, code: string): ShowCommand | null {
  if (show.overview !== null) {
    const command = overviewCommandFor(show, show.overview, action, code);
    if (command !== undefined) return command;
  }
  switch (action) {
    case 'next':
      return isEnter(code) && (show.digits || show.chapterPrompt) ? { type: 'commit-digits' } : { type: 'next' };
    case 'prev':
    case 'first':
    case 'last':
    case 'blackout':
    case 'help':
    case 'autoplay':
    case 'language':
    case 'dismiss':
    case 'presenter':
    case 'overview':
    case 'pause':
    case 'prompt-chapter':
      return { type: action };
    case 'scrub':
      // Only a chapter with a leg has a travel to scrub.
      return show.current.leg && show.legProgress ? { type: 'seek', to: show.legProgress.value + (code === 'ArrowLeft' ? -SCRUB_STEP : SCRUB_STEP) } : null;
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
    if (event.repeat && binding.action !== 'next' && binding.action !== 'prev' && binding.action !== 'scrub') return;
    const command = commandFor(this.show, binding.action, event.code);
    if (command) this.show.dispatch(command);
  };
}
