/**
 * The attract loop's return: a touch or click takes control from autoplay,
 * and after `idleSeconds` without any input autoplay comes back on.
 * Keys take control in the keyboard controller, which knows which key toggles autoplay;
 * commands from the presenter view take control as they are applied, and restart the wait too.
 */
import type { Show } from '../state/show.svelte';

/** Sent on the window when a command arrives from the presenter view: a person is there. */
export const PRESENTER_INPUT = 'handover:presenter-input';

const POINTER_EVENTS: readonly string[] = ['pointerdown', 'wheel'];
const ALL_INPUT = [...POINTER_EVENTS, 'keydown', PRESENTER_INPUT] as const;

export class IdleController {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #target: EventTarget | null = null;

  constructor(
    private readonly show: Show,
    private readonly idleSeconds: number,
  ) {}

  bind(target: EventTarget = window): void {
    this.unbind();
    this.#target = target;
    for (const type of ALL_INPUT) target.addEventListener(type, this.#onInput, { capture: true, passive: true });
  }

  unbind(): void {
    clearTimeout(this.#timer);
    for (const type of ALL_INPUT) this.#target?.removeEventListener(type, this.#onInput, { capture: true });
    this.#target = null;
  }

  #onInput = (event: Event): void => {
    if (POINTER_EVENTS.includes(event.type)) this.show.dispatch({ type: 'take-control' });
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.show.dispatch({ type: 'autoplay', on: true }, 'show'), this.idleSeconds * 1000);
  };
}
