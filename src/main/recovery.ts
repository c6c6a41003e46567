import type { BrowserWindow, RenderProcessGoneDetails } from 'electron';
import { FailureHistory, RESTART_POLICY, type Backoff } from '@shared/restart-policy';
import type { Logger } from './log';

export interface RecoveryTimings {
  /**
   * Wait after a renderer crash before reloading, longer for each crash close
   * behind the last, so a crash loop cannot spin the CPU. A kiosk never gives up.
   */
  reloadAfterCrash: Backoff;
  /** How long the page may stay unresponsive before it is killed and reloaded. */
  unresponsiveLimitMs: number;
}

export const RECOVERY_TIMINGS: Readonly<RecoveryTimings> = { reloadAfterCrash: RESTART_POLICY.process, unresponsiveLimitMs: 10_000 };

/**
 * Self-healing for an unattended kiosk: a crashed renderer is reloaded, a hung
 * one is killed and reloaded. Stops by itself when the window closes; the
 * returned function stops it earlier.
 */
export function keepRendererAlive(
  window: BrowserWindow,
  log: Logger,
  timings: RecoveryTimings = RECOVERY_TIMINGS,
  /** Told of each restart main makes, with its cause (`renderer-crashed`, `renderer-unresponsive`), for the status files. */
  onRestart: (cause: string) => void = () => {},
): () => void {
  const contents = window.webContents;
  let reloadTimer: NodeJS.Timeout | undefined;
  let hangTimer: NodeJS.Timeout | undefined;
  // Killing a hung renderer makes it "gone" too; that crash is ours and already being reloaded.
  let killedOnPurpose = false;

  const crashes = new FailureHistory(timings.reloadAfterCrash);
  // A reload keeps the page's address, and with it the chapter (#/chapter-id): the show comes back where it was.
  const reload = () => {
    if (!contents.isDestroyed()) contents.reload();
  };
  const onGone = (_event: unknown, details: RenderProcessGoneDetails) => {
    if (details.reason === 'clean-exit') return;
    if (killedOnPurpose) {
      killedOnPurpose = false;
      return;
    }
    const delay = (crashes.fail(Date.now()) ?? timings.reloadAfterCrash.delaysSeconds.at(-1)!) * 1000; // a kiosk never gives up
    const minutes = timings.reloadAfterCrash.forgetAfterSeconds / 60;
    log.error(
      `renderer gone (${details.reason}, exit code ${details.exitCode}); crash ${crashes.count} in ${minutes} minutes; reloading into the same chapter in ${delay} ms`,
    );
    clearTimeout(reloadTimer);
    reloadTimer = setTimeout(reload, delay);
    onRestart(`renderer-${details.reason}`);
  };
  const onUnresponsive = () => {
    if (hangTimer) return;
    log.warn(`renderer unresponsive; reloading if it does not recover within ${timings.unresponsiveLimitMs} ms`);
    hangTimer = setTimeout(() => {
      hangTimer = undefined;
      if (contents.isDestroyed()) return;
      log.error('renderer still unresponsive: killing and reloading it');
      killedOnPurpose = true;
      contents.forcefullyCrashRenderer();
      contents.reload();
      onRestart('renderer-unresponsive');
    }, timings.unresponsiveLimitMs);
  };
  const onResponsive = () => {
    if (!hangTimer) return;
    clearTimeout(hangTimer);
    hangTimer = undefined;
    log.info('renderer responsive again');
  };
  const onLoaded = () => {
    killedOnPurpose = false;
  };

  contents.on('render-process-gone', onGone);
  contents.on('did-finish-load', onLoaded);
  window.on('unresponsive', onUnresponsive);
  window.on('responsive', onResponsive);
  window.once('closed', stop);

  function stop(): void {
    clearTimeout(reloadTimer);
    clearTimeout(hangTimer);
    contents.off('render-process-gone', onGone);
    contents.off('did-finish-load', onLoaded);
    window.off('unresponsive', onUnresponsive);
    window.off('responsive', onResponsive);
    window.off('closed', stop);
  }
  return stop;
}
