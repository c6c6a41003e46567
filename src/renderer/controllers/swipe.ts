/**
 * Touch: a swipe across the map or the panel turns to the next chapter
 * (leftwards) or back (rightwards). Pointer events, so a finger, a pen or a
 * mouse drag all count; the map has no dragging of its own (create-map.ts),
 * so a stroke over it is never a pan. Only strokes that begin inside what the
 * page marks `data-swipe` count: not the timeline, which is dragged, nor the
 * relay diagram. As a person's command, a swipe takes control from autoplay.
 */
import { swipeCommand } from '@model/swipe';
import type { Show } from '../state/show.svelte';

const EVENTS = ['pointerdown', 'pointerup', 'pointercancel'] as const;

export class SwipeController {
  #target: EventTarget | null = null;
  /** The stroke under way: its pointer, where and when it began. */
  #stroke: { pointer: number; x: number; y: number; at: number } | null = null;

  constructor(private readonly show: Show) {}

  bind(target: EventTarget = window): void {
    this.unbind();
    this.#target = target;
    for (const type of EVENTS) target.addEventListener(type, this.#onPointer as EventListener, { passive: true });
  }

  unbind(): void {
    for (const type of EVENTS) this.#target?.removeEventListener(type, this.#onPointer as EventListener);
    this.#target = null;
    this.#stroke = null;
  }

  #onPointer = (event: PointerEvent): void => {
    if (!event.isPrimary) return;
    if (event.type === 'pointerdown') {
      const swipeable = event.target instanceof Element && event.target.closest('[data-swipe]') !== null;
      this.#stroke = swipeable ? { pointer: event.pointerId, x: event.clientX, y: event.clientY, at: event.timeStamp } : null;
      return;
    }
    const stroke = this.#stroke;
    if (stroke?.pointer !== event.pointerId) return;
    this.#stroke = null;
    if (event.type === 'pointercancel') return;
    const command = swipeCommand(event.clientX - stroke.x, event.clientY - stroke.y, event.timeStamp - stroke.at);
    if (command) this.show.dispatch({ type: command });
  };
}
