/**
 * Keeps the display awake while the show runs: a kiosk that dims after ten
 * minutes of no input is a blank screen to every visitor after that.
 */
import type { PowerSaveBlocker } from 'electron';
import type { Logger } from './log';

/** Blocks display sleep now; the returned function lets it sleep again. */
export function keepDisplayAwake(blocker: Pick<PowerSaveBlocker, 'start' | 'stop' | 'isStarted'>, log: Pick<Logger, 'info' | 'warn'>): () => void {
  const id = blocker.start('prevent-display-sleep');
  if (blocker.isStarted(id)) log.info('power: display sleep is blocked while the show runs');
  else log.warn('power: the system refused to keep the display awake; check its power settings');
  return () => {
    if (blocker.isStarted(id)) blocker.stop(id);
  };
}
