/**
 * The flag's travel along the current chapter's leg, as a person controls it:
 * K holds it where it is, and Shift+←/→ or the timeline move the flag to a
 * fraction of the leg. The journey player follows this state; how far the
 * flag has got is animation, reported back by the player, not kept here.
 */
import { clamp01 } from './leg';

export interface TravelState {
  /** The travel holds where it is, and autoplay waits. */
  readonly paused: boolean;
  /**
   * Where a person has just asked the flag to be, as a fraction (0..1) of the
   * leg's length; null once the travel has been paused or resumed since, so a
   * pause never sends the flag back to an old seek.
   */
  readonly seek: number | null;
}

/** The travel plays: the state of every new move. */
export const PLAYING: TravelState = Object.freeze({ paused: false, seek: null });

/** How far one press of Shift+← or Shift+→ moves the flag along its leg. */
export const SCRUB_STEP = 0.1;

export type TravelCommand =
  /** K: hold the travel, or play on from where it holds (or set it outright). */
  | { type: 'pause'; on?: boolean }
  /** Shift+←/→, the timeline: put the flag at fraction `to` of the leg, and hold it there. */
  | { type: 'seek'; to: number };

/** Applies a travel command; returns the same object when nothing changes. */
export function reduceTravel(state: TravelState, command: TravelCommand): TravelState {
  switch (command.type) {
    case 'pause': {
      const paused = command.on ?? !state.paused;
      return paused === state.paused && state.seek === null ? state : { paused, seek: null };
    }
    case 'seek': {
      const to = clamp01(Number.isFinite(command.to) ? command.to : 0);
      return state.paused && state.seek === to ? state : { paused: true, seek: to };
    }
  }
}
