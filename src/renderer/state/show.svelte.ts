/**
 * The show's state, for components to read: which chapter is on screen, how
 * we got there, and the presenter's toggles. It changes only through
 * dispatch(), which applies the pure reducer in src/model/show-state.ts.
 */
import { initialShowState, reduceShow, type CommandSource, type ShowCommand, type ShowMove, type ShowState } from '@model/show-state';
import type { Journey, JourneyChapter } from '@model/journey';
import type { Lang } from '@shared/i18n';
import type { TravelState } from '@model/travel';
import { LegProgress } from './leg-progress.svelte';

export class Show {
  readonly journey: Journey;
  #state = $state.raw<ShowState>() as ShowState;
  // Derived, so that readers of the move (the map) wake only when the show moves, not on every toggle.
  readonly #move = $derived(this.#state.move);
  // Likewise for the journey player, which follows the travel without waking on every toggle.
  readonly #travel = $derived(this.#state.travel);
  /** How far the flag has got along the current leg, reported by the journey player. */
  readonly legProgress = new LegProgress();
  /** When (UTC ms) the show last moved: how far a chapter a person chose is from the clock's loop. */
  #movedAt = Date.now();

  /** `start`: the chapter to open on, at rest (from a deep link, or under sync the clock's, whose turn began at `loopStart`). */
  constructor(journey: Journey, options: { autoplay: boolean; start?: number; lang?: Lang; loopStart?: number }) {
    this.journey = journey;
    this.#state = initialShowState({ ...options, count: journey.chapters.length });
  }

  /** Applies a command. A person's command also takes control from autoplay; the show's own (autoplay, idle) does not. */
  dispatch(command: ShowCommand, source: CommandSource = 'person'): void {
    const before = this.#state.move;
    this.#state = reduceShow(this.#state, command, this.count, source);
    if (this.#state.move !== before) this.#movedAt = Date.now();
  }

  /** When the chapter on screen began: its turn of the clock's loop under sync, else when the show moved there. */
  get chapterSince(): number {
    return this.#state.move.loop?.start ?? this.#movedAt;
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
  /** Read by what follows moves (the map); a new object only when the show moves. */
  get move(): ShowMove {
    return this.#move;
  }
  get blackout() {
    return this.#state.blackout;
  }
  get help() {
    return this.#state.help;
  }
  get autoplay() {
    return this.#state.autoplay;
  }
  /** The language visitors read. */
  get lang(): Lang {
    return this.#state.lang;
  }
  /** The chapter number being typed, as the presenter sees it (1-based). */
  get digits() {
    return this.#state.digits;
  }
  /** The presenter view's copy takes the state of the window that owns the show (see presenter/remote-show). */
  // An adopted state that moves nowhere new keeps the move and travel objects already here: a copy
  // arrives with every message, and what reads the move (the map) need not wake for it. (The map's
  // player knows a move by its serial, so a copy that did wake it would replay nothing.)
  adopt(state: ShowState): void {
    const before = this.#state;
    const move = sameJson(state.move, before.move) ? before.move : state.move;
    const travel = sameJson(state.travel, before.travel) ? before.travel : state.travel;
    this.#state = { ...state, move, travel };
  }

  /** Counts presses of S: each asks for the presenter view. */
  get presenterRequests() {
    return this.#state.presenterRequests;
  }
  /** The whole state, as the presenter view mirrors it. */
  get state(): ShowState {
    return this.#state;
  }
  /** G was pressed: a chapter number is asked for. */
  get chapterPrompt() {
    return this.#state.chapterPrompt;
  }
  /** The chapter selected in the open overview, or null when it is closed. */
  get overview() {
    return this.#state.overview;
  }
  /** The flag's travel along the current leg: paused, or sought to a point. */
  get travel(): TravelState {
    return this.#travel;
  }
}

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
