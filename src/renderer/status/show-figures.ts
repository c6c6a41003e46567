/**
 * What the status report says about the show, read from its host.
 */
import type { StatusReport } from '@shared/ipc';
import type { ShowHost } from '../state/show-host.svelte';
import { errorsSoFar } from './error-tally';
import type { ShowFigures } from './status-reporter';

/** The mode an operator reads: black outside the hours, stopped or restarting after errors, who drives the show. */
export function modeOf(host: ShowHost): StatusReport['mode'] {
  if (!host.open) return 'closed';
  if (host.trouble?.kind === 'stopped' || host.contentProblems) return 'stopped';
  if (host.trouble) return 'restarting';
  if (!host.show) return 'starting';
  if (host.show.autoplay) return 'autoplay';
  // With the attract loop set, a person at the keys is a visitor; without it, a presenter drives the show.
  return host.attract ? 'visitor' : 'presenter';
}

export function showFigures(host: ShowHost): ShowFigures {
  return {
    contentHash: host.contentHash ?? null,
    chapter: host.show?.current.content.id ?? null,
    mode: modeOf(host),
    ...errorsSoFar(),
    restarts: host.restarts > 0 ? { 'show-error': host.restarts } : {},
    // How far this screen is from the clock-synced loop; null without sync.
    syncOffsetMs: host.syncOffsetMs,
  };
}
