import type { BrowserWindow, RenderProcessGoneDetails } from 'electron';
import type { Logger } from './log';

export interface RecoveryTimings {
  /** Wait after a renderer crash before reloading, so a crash loop cannot spin the CPU. */
  reloadAfterCrashMs: number;
  /** How long the page may stay unresponsive before it is killed and reloaded. */
  unresponsiveLimitMs: number;
}

export const RECOVERY_TIMINGS: Readonly<RecoveryTimings> = { reloadAfterCrashMs: 1_000, unresponsiveLimitMs: 10_000 };

/**
 * Self-healing for an unattended kiosk: a crashed renderer is reloaded, a hung
 * one is killed and reloaded. Stops by itself when the window closes; the
 * returned function stops it earlier.
 */
export function keepRendererAlive(window: BrowserWindow, log: Logger, timings: RecoveryTimings = RECOVERY_TIMINGS): () => void {
  const contents = window.webContents;
  let reloadTimer: NodeJS.Timeout | undefined;
  let hangTimer: NodeJS.Timeout | undefined;
  // Killing a hung renderer makes it "gone" too; that crash is ours and already being reloaded.
  let killedOnPurpose = false;

  const reload = () => {
    if (!contents.isDestroyed()) contents.reload();
  };
  const onGone = (_event: unknown, details: RenderProcessGoneDetails) => {
    if (details.reason === 'clean-exit') return;
    if (killedOnPurpose) {
      killedOnPurpose = false;
      return;
    }
    log.error(`renderer gone (${details.reason}, exit code ${details.exitCode}); reloading in ${timings.reloadAfterCrashMs} ms`);
    clearTimeout(reloadTimer);
    reloadTimer = setTimeout(reload, timings.reloadAfterCrashMs);
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
