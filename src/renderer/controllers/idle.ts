/**
 * The attract loop's return: a touch or click takes control from autoplay,
 * and after `idleSeconds` without any input autoplay comes back on.
 * Keys take control in the keyboard controller, which knows which key toggles autoplay.
 */
import type { Show } from '../state/show.svelte';

const POINTER_EVENTS = ['pointerdown', 'wheel'] as const;
const ALL_INPUT = [...POINTER_EVENTS, 'keydown'] as const;

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
    if (event.type !== 'keydown') this.show.dispatch({ type: 'take-control' });
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.show.dispatch({ type: 'autoplay', on: true }, 'show'), this.idleSeconds * 1000);
  };
}
