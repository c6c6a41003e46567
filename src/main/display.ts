/**
 * Which monitor shows the show. The `display` setting names one ("primary" or
 * a number from 1, in the system's order); if it is not plugged in, the
 * primary display stands in, and the window moves back when it returns.
 */
import type { BrowserWindow, Display, Rectangle, Screen } from 'electron';
import type { Settings } from '@shared/config';
import type { Logger } from './log';

export type ScreenApi = Pick<Screen, 'getAllDisplays' | 'getPrimaryDisplay' | 'on' | 'off'>;

/** The display the setting asks for, or the primary one when that is not there. */
export function chooseDisplay(
  screen: Pick<Screen, 'getAllDisplays' | 'getPrimaryDisplay'>,
  setting: Settings['display'],
): { display: Display; asked: boolean } {
  const wanted = setting === 'primary' ? undefined : screen.getAllDisplays()[setting - 1];
  return wanted ? { display: wanted, asked: true } : { display: screen.getPrimaryDisplay(), asked: setting === 'primary' };
}

/** A display as the log names it. */
export const describeDisplay = (d: Display) => `${d.label || `display ${d.id}`} ${d.bounds.width}x${d.bounds.height} at ${d.bounds.x},${d.bounds.y}`;
export const centreOf = (r: Rectangle) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });
export const contains = (r: Rectangle, p: { x: number; y: number }) => p.x >= r.x && p.x < r.x + r.width && p.y >= r.y && p.y < r.y + r.height;
const same = (a: Rectangle, b: Rectangle) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

/** Where a window should be: its bounds, fullscreen or not, and why, for the log. */
export interface Placement {
  bounds: Rectangle;
  fullscreen: boolean;
  /** For the log: the display, as a person would name it. */
  where: string;
  /** Said in the log at each check while it holds (a monitor asked for is missing). */
  warning?: string;
}

export interface KeepOnDisplayOptions {
  /** A kiosk window leaves kiosk mode for the move, as fullscreen windows cannot be moved between displays otherwise. */
  kiosk: boolean;
  log: Pick<Logger, 'info' | 'warn'>;
  /** Where the window already is (it was created there): no move at start. Without it, it is placed at once. */
  placedAt?: Rectangle;
  /** For the log: which window. */
  name?: string;
}

/**
 * Keeps `window` where `choose` says as monitors come and go; returns the
 * unbind. One rule of moving for every window of the app (the show's, the
 * presenter view's).
 */
export function keepOnDisplay(
  window: BrowserWindow,
  screen: ScreenApi,
  choose: () => Placement,
  { kiosk, log, placedAt, name = 'the show' }: KeepOnDisplayOptions,
): () => void {
  let current: Rectangle | null = placedAt ?? null;
  const place = (why: string) => {
    const placement = choose();
    if (placement.warning) log.warn(`display: ${placement.warning}`);
    if (current && same(current, placement.bounds)) return;
    log.info(`display: ${why}: ${name} ${current ? 'moves to' : 'shows on'} ${placement.where}`);
    current = placement.bounds;
    if (kiosk) window.setKiosk(false);
    else if (window.isFullScreen()) window.setFullScreen(false);
    window.setBounds(placement.bounds);
    if (kiosk) window.setKiosk(true);
    else if (placement.fullscreen) window.setFullScreen(true);
  };
  const onChange = () => place('monitors changed');
  if (!placedAt) place('start');
  screen.on('display-added', onChange);
  screen.on('display-removed', onChange);
  return () => {
    screen.off('display-added', onChange);
    screen.off('display-removed', onChange);
  };
}

/** Keeps the show's `window` on the display the setting names, as monitors come and go. Returns the unbind. */
export function followDisplay(
  window: BrowserWindow,
  screen: ScreenApi,
  setting: Settings['display'],
  kiosk: boolean,
  log: Pick<Logger, 'info' | 'warn'>,
): () => void {
  const choose = (): Placement => {
    const { display, asked } = chooseDisplay(screen, setting);
    const warning = asked ? undefined : `monitor ${setting} is not connected; showing on the primary display (${describeDisplay(display)})`;
    return { bounds: display.bounds, fullscreen: kiosk, where: describeDisplay(display), warning };
  };
  return keepOnDisplay(window, screen, choose, { kiosk, log });
}
