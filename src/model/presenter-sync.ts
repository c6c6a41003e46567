/**
 * The rules that keep the presenter view in step with the audience window,
 * apart from any channel so they can be tested as they are.
 *
 * The presenter applies its own commands at once (the same reducer gives the
 * same result), so a typed chapter number and Enter never race the reply.
 * It then takes the audience's state only once that state has seen all of its
 * commands; otherwise an older reply would briefly undo a newer key press.
 */
import type { StateMessage } from './presenter-messages';
import type { ShowState } from './show-state';

/** How many presenters' last commands the audience remembers (each reload of a presenter is a new one). */
export const MAX_ACKS = 4;

/** The audience's record of the last command applied from each presenter, most recent last. */
export function recordAck(acks: Readonly<Record<string, number>>, from: string, seq: number): Record<string, number> {
  const others = Object.entries(acks).filter(([id]) => id !== from);
  return Object.fromEntries([...others.slice(-(MAX_ACKS - 1)), [from, seq]]);
}

/** What the presenter knows of the audience it follows. */
export interface MirrorSync {
  /** The audience window last heard from, or null before any. */
  audience: string | null;
  /** The number of the last command this presenter sent. */
  sent: number;
}

/**
 * Whether presenter `me` should take this state. A new audience window (a
 * first one, or one reloaded) never saw this presenter's commands: its state
 * is taken as it is.
 */
export function takesState(sync: MirrorSync, message: StateMessage, me: string): boolean {
  return message.audience !== sync.audience || (message.acks[me] ?? 0) >= sync.sent;
}

/**
 * The audience's state on the presenter's copy of the content: the chapter is
 * found by id (the two windows may read an edit a moment apart); if the
 * presenter does not have it yet, the same position, kept in range.
 */
export function stateOnJourney(message: StateMessage, ids: readonly string[]): ShowState {
  const byId = ids.indexOf(message.chapter);
  const to = byId >= 0 ? byId : Math.min(message.state.move.to, ids.length - 1);
  return to === message.state.move.to ? message.state : { ...message.state, move: { ...message.state.move, to } };
}
