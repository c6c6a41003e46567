/**
 * One scale for the panel, the diagram and the overlays: 1 on the 1920x1080
 * screen they are designed for, 0.71 on 1366x768, 2 on 3840x2160. Set as
 * --screen-scale on the root element and used with CSS zoom (app.css), so
 * every screen shows the same layout, as legible from across the room.
 */
export const DESIGN_SIZE = { width: 1920, height: 1080 } as const;

export function screenScale(width: number, height: number): number {
  return Math.min(width / DESIGN_SIZE.width, height / DESIGN_SIZE.height);
}

export class ScreenScaleController {
  #target: Window | null = null;

  bind(target: Window = window): void {
    this.unbind();
    this.#target = target;
    target.addEventListener('resize', this.#apply);
    this.#apply();
  }

  unbind(): void {
    this.#target?.removeEventListener('resize', this.#apply);
    this.#target = null;
  }

  #apply = (): void => {
    const t = this.#target;
    if (t) t.document.documentElement.style.setProperty('--screen-scale', screenScale(t.innerWidth, t.innerHeight).toFixed(4));
  };
}
