/**
 * The show's state: which chapter is on screen, how we got there, and the
 * presenter's toggles. Components read it; controllers change it through
 * these methods only.
 */
import { move, type Command, type Move } from '@shared/walkthrough';
import type { Journey, JourneyChapter } from '@shared/journey';

/** The latest move, with a serial so that effects see every move, even to the same chapter. */
export interface ShowMove extends Move {
  serial: number;
}

const MAX_DIGITS = 3;

export class Show {
  readonly journey: Journey;
  #move = $state.raw<ShowMove>({ to: 0, animate: false, serial: 0 });
  #blackout = $state(false);
  #help = $state(false);
  #autoplay = $state(false);
  #digits = $state('');

  /** `start`: the chapter to open on, at rest (from a deep link). */
  constructor(journey: Journey, options: { autoplay: boolean; start?: number }) {
    this.journey = journey;
    this.#autoplay = options.autoplay;
    const start = options.start ?? 0;
    if (start > 0 && start < journey.chapters.length) this.#move = { to: start, animate: false, serial: 0 };
  }

  get current(): JourneyChapter {
    return this.journey.chapters[this.#move.to]!;
  }
  get index() {
    return this.#move.to;
  }
  get count() {
    return this.journey.chapters.length;
  }
  get move(): ShowMove {
    return this.#move;
  }
  get blackout() {
    return this.#blackout;
  }
  get help() {
    return this.#help;
  }
  get autoplay() {
    return this.#autoplay;
  }
  /** The chapter number being typed, as the presenter sees it (1-based). */
  get digits() {
    return this.#digits;
  }

  /** Applies a navigation command; false when it goes nowhere. */
  run(command: Command): boolean {
    const next = move(this.#move.to, this.count, command);
    if (!next) return false;
    this.#move = { ...next, serial: this.#move.serial + 1 };
    this.#digits = '';
    return true;
  }

  /** Lands the current chapter in its final state: after a restart, nothing replays. */
  settle() {
    this.#move = { to: this.#move.to, animate: false, serial: this.#move.serial + 1 };
  }

  goToChapter(index: number): boolean {
    return this.run({ type: 'goto', index });
  }

  toggleBlackout() {
    this.#blackout = !this.#blackout;
  }
  toggleHelp() {
    this.#help = !this.#help;
  }
  setAutoplay(on: boolean) {
    this.#autoplay = on;
  }

  typeDigit(digit: number) {
    this.#digits = (this.#digits + String(digit)).slice(-MAX_DIGITS);
  }

  clearDigits() {
    this.#digits = '';
  }

  /** Goes to the typed chapter number; false (and nothing typed) when there was none. */
  commitDigits(): boolean {
    if (this.#digits === '') return false;
    const index = Number(this.#digits) - 1;
    this.#digits = '';
    this.run({ type: 'goto', index });
    return true;
  }

  /** Escape: closes what is open, one layer at a time. */
  dismiss() {
    if (this.#help) this.#help = false;
    else if (this.#digits) this.#digits = '';
    else this.#blackout = false;
  }

  /** A person pressed a key or touched the screen: they are in control now. */
  takeControl() {
    this.#autoplay = false;
    this.#blackout = false;
  }
}
