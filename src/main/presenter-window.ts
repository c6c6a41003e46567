/**
 * The presenter view's window: the speaker's notes, next chapter and timer,
 * on the second display where there is one (the audience window stays
 * fullscreen on its own), in a window otherwise. One at a time: asking again
 * brings it forward. Closing it leaves the show as it is: the two windows
 * talk only through a BroadcastChannel, which the show owns. Like the show's
 * window, it follows monitors plugged in or out: onto a second display when
 * one comes, back into a window of its own when it goes.
 */
import type { BrowserWindow, Display, Rectangle } from 'electron';
import type { Settings } from '@shared/config';
import { presenterAllowed } from '@shared/presenter';
import { PRESENTER_URL } from './app-url';
import { centreOf, contains, describeDisplay, keepOnDisplay, type Placement, type ScreenApi } from './display';
import { guardKioskKeys, operatorChordOf } from './kiosk-guard';
import type { Logger } from './log';
import { keepRendererAlive } from './recovery';
import { createAppWindow } from './window';

/** The presenter view's size when it shares the audience's only display. */
export const PRESENTER_WINDOWED_SIZE = { width: 1280, height: 800 } as const;

/** The display for the presenter view: the first one that is not showing the audience window; null with one display. */
export function presenterDisplay(displays: readonly Display[], audience: Rectangle): Display | null {
  if (displays.length < 2) return null;
  const centre = centreOf(audience);
  return displays.find((d) => !contains(d.bounds, centre)) ?? null;
}

/**
 * Where the presenter view goes: fullscreen on the display that does not show
 * the audience; with one display, a window of its own in the middle of it.
 */
export function presenterPlacement(displays: readonly Display[], audience: Rectangle): Placement {
  const display = presenterDisplay(displays, audience);
  if (display) return { bounds: display.bounds, fullscreen: true, where: describeDisplay(display) };
  const home = displays.find((d) => contains(d.bounds, centreOf(audience)))?.bounds ?? audience;
  const { width, height } = PRESENTER_WINDOWED_SIZE;
  const bounds = { x: home.x + Math.round((home.width - width) / 2), y: home.y + Math.round((home.height - height) / 2), width, height };
  return { bounds, fullscreen: false, where: `a window of its own (${width}x${height}): there is one display` };
}

/** What a window opened beside the show's (the presenter view, a part) is made with. */
export interface PresenterWindowOptions {
  settings: Settings;
  preloadPath: string;
  iconPath: string;
  screen: ScreenApi;
  log: Logger;
  /** The operator's quit chord, pressed in this window of a kiosk. */
  quit: () => void;
}

export class PresenterWindow {
  #window: BrowserWindow | null = null;

  constructor(
    private readonly audience: BrowserWindow,
    private readonly options: PresenterWindowOptions,
  ) {}

  /** S or --presenter: opens the presenter view or brings it forward. In a kiosk, only if started with --presenter. */
  open(): void {
    const { settings, log } = this.options;
    if (!presenterAllowed(settings)) {
      log.warn('S pressed: the presenter view was not opened, as a kiosk opens it only when started with --presenter');
      return;
    }
    const open = this.#window;
    if (open && !open.isDestroyed()) {
      if (open.isMinimized()) open.restore();
      open.focus();
      return;
    }
    this.#window = this.#create();
  }

  /** Closes the presenter view (the show's window has closed). */
  close(): void {
    if (this.#window && !this.#window.isDestroyed()) this.#window.close();
  }

  #create(): BrowserWindow {
    const { settings, preloadPath, iconPath, screen, log, quit } = this.options;
    const placement = presenterPlacement(screen.getAllDisplays(), this.audience.getBounds());
    const window = createAppWindow(
      {
        ...(placement.fullscreen ? { ...placement.bounds, fullscreen: true } : { ...PRESENTER_WINDOWED_SIZE, center: true }),
        title: 'Handover · presenter view',
      },
      { preloadPath, iconPath, kiosk: settings.kiosk },
    );
    // Each of these removes its listeners when the window closes.
    if (settings.kiosk) {
      // As in the show's window: nothing reloads or opens devtools; the operator's chord still quits.
      guardKioskKeys(window, operatorChordOf(settings.operatorChord), () => {
        log.info('operator quit chord pressed in the presenter view: quitting');
        quit();
      });
    }
    keepRendererAlive(window, log);
    const unfollow = keepOnDisplay(window, screen, () => presenterPlacement(screen.getAllDisplays(), this.audience.getBounds()), {
      kiosk: false,
      log,
      placedAt: placement.bounds,
      name: 'the presenter view',
    });
    window.once('closed', () => {
      unfollow();
      if (this.#window === window) this.#window = null;
      log.info('presenter view closed');
    });
    window.loadURL(PRESENTER_URL).catch((error: Error) => log.error(`cannot load ${PRESENTER_URL}: ${error.message}`));
    log.info(`presenter view opened on ${placement.where}`);
    return window;
  }
}
