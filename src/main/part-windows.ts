/**
 * One show across the displays of one PC (`parts`, as map,story,diagram): the
 * show's window shows the first part where `display` puts it, and one window
 * per other display, in the system's order, shows each next part. Those
 * follow the show's window over the presenter view's channel (see
 * src/shared/parts.ts): main only places them, guards them like the show's
 * window in a kiosk, and closes them with it. A part with no display left
 * for it is not opened, and the log says so.
 */
import type { BrowserWindow, Display, Rectangle } from 'electron';
import { partSearch, type Part } from '@shared/parts';
import { START_URL } from './app-url';
import { centreOf, contains, describeDisplay, keepOnDisplay, type Placement } from './display';
import { guardKiosk, type KioskGuard } from './kiosk-guard';
import type { PresenterWindowOptions } from './presenter-window';
import { keepRendererAlive } from './recovery';
import { createAppWindow } from './window';

/** The displays for the parts after the first: every display but the show's, in the system's order. */
export function followerDisplays(displays: readonly Display[], show: Rectangle): Display[] {
  const centre = centreOf(show);
  return displays.filter((d) => !contains(d.bounds, centre));
}

/** Where the `n`th following part goes (from 0): fullscreen on its display, or null when there is none for it. */
export function partPlacement(displays: readonly Display[], show: Rectangle, n: number): Placement | null {
  const display = followerDisplays(displays, show)[n];
  return display ? { bounds: display.bounds, fullscreen: true, where: describeDisplay(display) } : null;
}

/** The address of a window that follows the show and shows `part`. */
export const partUrl = (part: Part): string => `${START_URL}${partSearch(part)}`;

/** Made as the presenter view's window is. */
export type PartWindowsOptions = PresenterWindowOptions;

export class PartWindows {
  readonly #windows: { window: BrowserWindow; guard: KioskGuard | null }[] = [];

  constructor(
    private readonly show: BrowserWindow,
    private readonly options: PartWindowsOptions,
  ) {}

  /** Opens a window for each part after the first, each on a display of its own. */
  open(): void {
    const { settings, screen, log } = this.options;
    settings.parts.slice(1).forEach((part, n) => {
      const placement = partPlacement(screen.getAllDisplays(), this.show.getBounds(), n);
      if (placement) this.#create(part, n, placement);
      else log.warn(`display: no display is left for the ${part} part (part ${n + 2} of ${settings.parts.length}); it is not shown`);
    });
  }

  /** Lets the windows close: the app is quitting. */
  allowClose(): void {
    for (const { guard } of this.#windows) guard?.allowClose();
  }

  /** Closes the windows (the show's window has closed). */
  close(): void {
    this.allowClose();
    for (const { window } of this.#windows.splice(0)) if (!window.isDestroyed()) window.close();
  }

  #create(part: Part, n: number, placement: Placement): void {
    const { settings, preloadPath, iconPath, screen, log, quit } = this.options;
    const { kiosk } = settings;
    const window = createAppWindow(
      { ...placement.bounds, fullscreen: true, ...(kiosk ? { kiosk: true } : {}), title: `Handover · ${part}` },
      { preloadPath, iconPath, kiosk },
    );
    const name = `the ${part} part`;
    // Each of these removes its listeners when the window closes.
    const guard = kiosk ? guardKiosk(window, log, quit, settings.operatorChord) : null;
    keepRendererAlive(window, log);
    let last = placement;
    const choose = (): Placement => {
      const next = partPlacement(screen.getAllDisplays(), this.show.getBounds(), n);
      if (next) return (last = next);
      return { ...last, warning: `the display for ${name} is not connected; it stays where it was` };
    };
    const unfollow = keepOnDisplay(window, screen, choose, { kiosk, log, placedAt: placement.bounds, name });
    window.once('closed', unfollow);
    const url = partUrl(part);
    window.loadURL(url).catch((error: Error) => log.error(`cannot load ${url}: ${error.message}`));
    log.info(`${name} opened on ${placement.where}`);
    this.#windows.push({ window, guard });
  }
}
