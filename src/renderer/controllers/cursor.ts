/**
 * Hides the mouse pointer after a few seconds without movement, so a kiosk
 * shows no stray arrow over the map; any movement brings it back at once.
 * The pointer is hidden through `data-cursor="hidden"` on the root element
 * (see app.css), so nothing else has to know.
 */
export const CURSOR_HIDE_SECONDS = 3;

export class CursorController {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #target: EventTarget | null = null;
  #root: HTMLElement | null = null;

  constructor(private readonly hideAfterSeconds = CURSOR_HIDE_SECONDS) {}

  bind(target: EventTarget = window, root: HTMLElement = document.documentElement): void {
    this.unbind();
    this.#target = target;
    this.#root = root;
    target.addEventListener('pointermove', this.#onMove, { capture: true, passive: true });
    this.#hideLater();
  }

  unbind(): void {
    clearTimeout(this.#timer);
    this.#target?.removeEventListener('pointermove', this.#onMove, { capture: true });
    delete this.#root?.dataset.cursor;
    this.#target = this.#root = null;
  }

  #onMove = (): void => {
    delete this.#root?.dataset.cursor;
    this.#hideLater();
  };

  #hideLater(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#root && (this.#root.dataset.cursor = 'hidden'), this.hideAfterSeconds * 1000);
  }
}
