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
export function chooseDisplay(screen: Pick<Screen, 'getAllDisplays' | 'getPrimaryDisplay'>, setting: Settings['display']): { display: Display; asked: boolean } {
  const wanted = setting === 'primary' ? undefined : screen.getAllDisplays()[setting - 1];
  return wanted ? { display: wanted, asked: true } : { display: screen.getPrimaryDisplay(), asked: setting === 'primary' };
}

const describe = (d: Display) => `${d.label || `display ${d.id}`} ${d.bounds.width}x${d.bounds.height} at ${d.bounds.x},${d.bounds.y}`;
const same = (a: Rectangle, b: Rectangle) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

/**
 * Keeps `window` on the chosen display as monitors come and go. Returns the
 * unbind. A kiosk window leaves kiosk mode for the move, as fullscreen
 * windows cannot be moved between displays otherwise.
 */
export function followDisplay(window: BrowserWindow, screen: ScreenApi, setting: Settings['display'], kiosk: boolean, log: Pick<Logger, 'info' | 'warn'>): () => void {
  let current: Rectangle | null = null;
  const place = (why: string) => {
    const { display, asked } = chooseDisplay(screen, setting);
    if (!asked) log.warn(`display: monitor ${setting} is not connected; showing on the primary display (${describe(display)})`);
    if (current && same(current, display.bounds)) return;
    log.info(`display: ${why}: showing on ${describe(display)}`);
    current = display.bounds;
    if (kiosk) window.setKiosk(false);
    window.setBounds(display.bounds);
    if (kiosk) window.setKiosk(true);
  };
  const onChange = () => place('monitors changed');
  place('start');
  screen.on('display-added', onChange);
  screen.on('display-removed', onChange);
  return () => {
    screen.off('display-added', onChange);
    screen.off('display-removed', onChange);
  };
}
