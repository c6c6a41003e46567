/**
 * Plays the journey on the map. Stepping forward one chapter flies the camera
 * to the chapter's view, then moves the emblem along its leg while the leg
 * draws itself behind it. Any other move lands at once in the chapter's final
 * state: nothing replays.
 *
 * The travel follows the show's travel state (K, Shift+←/→, the timeline):
 * paused, the emblem holds and the route stops drawing where they are; a seek
 * puts the emblem at that fraction of the leg. Paused during the camera's
 * flight, the flight ends (stopping a camera mid-air would leave the map
 * half-drawn) and the emblem then holds at the start of its leg; a seek during
 * the flight lands the camera at once. Resuming plays the rest of the leg,
 * easing in again, in the time that part of the leg takes.
 *
 * Under sync a move carries its turn of the clock's loop: the travel then
 * follows the clock (it starts when the loop's flight from the previous
 * chapter would end, whatever flight this screen made), so kiosks that
 * joined at different moments show the flag at the same point. Read once per
 * move and then timed by the monotonic clock, so a clock stepped mid-chapter
 * neither stalls nor races the flag; the next chapter re-aligns it.
 */
import type L from 'leaflet';
import type { Journey, JourneyChapter } from '@model/journey';
import { flagPositionAt } from '@model/leg';
import type { ShowMove } from '@model/show-state';
import { PLAYING, type TravelState } from '@model/travel';
import { flightSeconds, flyTo, isThere, jumpTo, stopHere, targetFor, type Target } from './camera';
import type { JourneyLayers } from './journey-layers';

const easeInOutCubic = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

/** What the player is doing, with what each doing needs. */
type Play =
  | { readonly is: 'resting' }
  /** The camera flies to the chapter's view; `unhook` forgets the arrival; `hold`: the travel was paused meanwhile. */
  | { readonly is: 'flying'; unhook: () => void; hold: boolean }
  /** The emblem runs from fraction `from` of the leg to its end, from `start` (performance.now) for `ms`. */
  | { readonly is: 'travelling'; readonly from: number; readonly start: number; readonly ms: number; frame: number }
  /** The emblem holds part-way along its leg. */
  | { readonly is: 'paused' };

export type PlayerState = Play['is'];

/** The layers the player moves (journey-layers.ts builds them). */
export interface PlayedLayers {
  readonly route: Pick<JourneyLayers['route'], 'show' | 'travel'>;
  readonly emblem: Pick<JourneyLayers['emblem'], 'setEmblem' | 'moveTo'>;
  readonly labels: Pick<JourneyLayers['labels'], 'show'>;
  readonly cityNames: Pick<JourneyLayers['cityNames'], 'place' | 'clear'>;
}

export interface PlayerListeners {
  /** The player's state changed (where the emblem is: legAt). */
  onState: (state: PlayerState, chapter: JourneyChapter) => void;
  /**
   * Told where the camera will go before it goes, so the basemap draws that
   * view early: a flight's destination as it takes off, and, at rest, the next
   * chapter's view when the show will cut to it (a chapter with no leg lands at once).
   */
  willMoveTo?: (target: Target) => void;
  /** How far the emblem is along the current leg (0..1), on every frame it moves: keep it cheap. */
  onProgress?: (legAt: number) => void;
}

const RESTING: Play = { is: 'resting' };

export class JourneyPlayer {
  #play: Play = RESTING;
  #chapter: JourneyChapter;
  /** How far the emblem is along the chapter's leg (0..1). */
  #legAt = 1;
  /** What was last followed: the move by its serial and chapter, and the travel within it. */
  #followed: { serial: number; to: number; travel: TravelState } = { serial: -1, to: -1, travel: PLAYING };
  /** Under sync, when (performance.now()) the clock's travel of this chapter's leg starts. */
  #clockTravelStart: number | null = null;

  constructor(
    private readonly map: L.Map,
    private readonly journey: Journey,
    private readonly layers: PlayedLayers,
    private readonly listeners: PlayerListeners,
  ) {
    this.#chapter = journey.chapters[0]!;
  }

  /**
   * Follows the show: a new move (a serial not seen yet) shows its chapter,
   * playing its leg if the move animates and `motion` allows; then a changed
   * travel state moves the emblem (or, with `motion` false, lands at the leg's end).
   */
  follow(move: ShowMove, travel: TravelState, motion = true): void {
    // Serials count within one show: a window that adopts another's state (the presenter's pictures, a
    // part's window) may meet its first move under the serial its own start had, so the chapter counts too.
    if (move.serial !== this.#followed.serial || move.to !== this.#followed.to) {
      // Every move starts playing (show-state.ts).
      this.#followed = { serial: move.serial, to: move.to, travel: PLAYING };
      // Under sync the move's turn of the clock's loop times the travel; with less motion, every chapter lands whole.
      this.#show(move.to, move.animate && motion, motion ? move.loop : undefined);
    }
    const before = this.#followed.travel;
    if (travel.paused === before.paused && travel.seek === before.seek) return;
    this.#followed.travel = travel;
    if (travel.seek !== null) this.#seek(travel.seek);
    if (travel.paused) this.#hold();
    // Resumed before the camera arrived: the leg plays on arrival, as if never paused.
    else if (this.#play.is === 'flying') this.#play.hold = false;
    else if ((this.#play.is === 'resting' || this.#play.is === 'paused') && this.#chapter.leg && this.#legAt < 1) {
      if (motion) this.#run();
      else {
        this.#moveAlong(1);
        this.#become(RESTING);
      }
    }
  }

  /** How far the emblem is along the chapter's leg now (0..1; 1 without a leg). */
  get legAt(): number {
    return this.#legAt;
  }

  /** The story's names changed width (a language): the city's names make room again, unless the camera flies. */
  rewriteNames(): void {
    if (this.#play.is !== 'flying') this.layers.cityNames.place();
  }

  /** Stops playing; the map's removal, which follows, stops the camera. */
  destroy(): void {
    this.#cancel();
  }

  #show(index: number, animate: boolean, loop: ShowMove['loop']): void {
    this.#halt();
    const chapter = this.journey.chapters[index]!;
    this.#chapter = chapter;
    this.layers.emblem.setEmblem(chapter.content.emblem);
    this.#clockTravelStart = loop ? performance.now() - (Date.now() - loop.start) + this.#loopFlightMs(chapter) : null;
    if (animate && (chapter.leg || loop?.rejoin)) this.#fly(chapter);
    else this.#land(chapter);
  }

  /** The flight the loop makes into `chapter` (from the chapter before it, the last before the first), in ms. */
  #loopFlightMs(chapter: JourneyChapter): number {
    if (!chapter.leg) return 0;
    const { chapters } = this.journey;
    const before = chapters[(chapter.index - 1 + chapters.length) % chapters.length]!;
    return flightSeconds(this.map, targetFor(this.map, before.view), targetFor(this.map, chapter.view)) * 1000;
  }

  /** Under sync, whether the clock's travel of this leg is already over. */
  #clockTravelDone(): boolean {
    return this.#clockTravelStart !== null && performance.now() >= this.#clockTravelStart + this.#travelMs();
  }

  #travelMs(): number {
    return this.#chapter.content.travelSeconds * 1000;
  }

  /** Stops what plays, unreported: a new state follows at once. A flight stops where the camera is. */
  #halt(): void {
    // Unhooked first: stopping the camera fires the moveend the flight waits for.
    if (this.#cancel().is === 'flying') stopHere(this.map);
  }

  /** Forgets what plays (a flight's arrival, the next frame) and returns it. */
  #cancel(): Play {
    const play = this.#play;
    this.#play = RESTING;
    if (play.is === 'flying') play.unhook();
    else if (play.is === 'travelling') cancelAnimationFrame(play.frame);
    return play;
  }

  #become(play: Play): void {
    this.#play = play;
    this.listeners.onState(play.is, this.#chapter);
    if (play.is === 'resting') this.#readyNextCut();
  }

  /** The chapter's place names, and the city's names round them (written at the next frame), once the camera is there. */
  #writeNames(chapter: JourneyChapter): void {
    this.layers.labels.show(placeIds(chapter));
    this.layers.cityNames.place();
  }

  /** At rest: if the next chapter lands at once in another view, that view's map is drawn ahead, so the cut shows it whole. */
  #readyNextCut(): void {
    const next = this.journey.chapters[this.#chapter.index + 1];
    if (!next || next.leg) return;
    const target = targetFor(this.map, next.view);
    if (!isThere(this.map, target)) this.listeners.willMoveTo?.(target);
  }

  #land(chapter: JourneyChapter): void {
    jumpTo(this.map, targetFor(this.map, chapter.view));
    this.#writeNames(chapter);
    if (chapter.leg && this.#clockTravelStart !== null && !this.#clockTravelDone()) {
      // Joined mid-leg (a kiosk switched on, restarted): the flag takes up the clock's travel.
      this.layers.route.show(chapter.index, 0);
      this.#runByClock();
      return;
    }
    this.layers.route.show(chapter.index, 1);
    this.layers.emblem.moveTo(chapter.to.at);
    this.#setLegAt(1);
    this.#become(RESTING);
  }

  #fly(chapter: JourneyChapter): void {
    // A rejoin that will land after the clock's travel is over shows the leg travelled.
    const legAt = chapter.leg && !this.#clockTravelDone() ? 0 : 1;
    this.layers.route.show(chapter.index, legAt);
    this.layers.emblem.moveTo(legAt === 0 ? chapter.from.at : chapter.to.at);
    this.#setLegAt(legAt);
    // Names appear once the camera is there: mid-flight they would pile up on each other.
    this.layers.labels.show([]);
    this.layers.cityNames.clear();
    const flight = { is: 'flying' as const, unhook: () => {}, hold: false };
    this.#become(flight);
    const target = targetFor(this.map, chapter.view);
    this.listeners.willMoveTo?.(target);
    flight.unhook = flyTo(this.map, target, this.#arrive);
  }

  #arrive = (): void => {
    // A pause that came during the flight holds the emblem at the start of its leg.
    const hold = this.#play.is === 'flying' && this.#play.hold;
    this.#play = RESTING;
    this.#writeNames(this.#chapter);
    if (!this.#chapter.leg) this.#become(RESTING);
    // Held at the leg's end (a catch-up flight whose clock travel is over) is at rest: nothing is left to resume.
    else if (hold) this.#become(this.#legAt < 1 ? { is: 'paused' } : RESTING);
    else if (this.#clockTravelStart !== null) this.#runByClock();
    else this.#run();
  };

  /** Plays the leg as the clock has it: the flag waits at its start until the clock's travel begins, then keeps to it. */
  #runByClock(): void {
    const run = { is: 'travelling' as const, from: 0, start: this.#clockTravelStart!, ms: this.#travelMs(), frame: 0 };
    this.#become(run);
    this.#step(performance.now());
  }

  /** Plays the leg from where the emblem is to its end, easing in and out. */
  #run(): void {
    const ms = this.#travelMs() * (1 - this.#legAt);
    const run = { is: 'travelling' as const, from: this.#legAt, start: performance.now(), ms, frame: 0 };
    this.#become(run);
    run.frame = requestAnimationFrame(this.#step);
  }

  #step = (now: number): void => {
    const run = this.#play;
    if (run.is !== 'travelling') return;
    const s = run.ms > 0 ? Math.min(1, Math.max(0, (now - run.start) / run.ms)) : 1;
    this.#moveAlong(run.from + (1 - run.from) * easeInOutCubic(s));
    if (s < 1) run.frame = requestAnimationFrame(this.#step);
    else this.#become(RESTING);
  };

  #hold(): void {
    // During the flight the hold begins on arrival (#arrive).
    if (this.#play.is === 'flying') this.#play.hold = true;
    else {
      this.#halt();
      this.#become(this.#legAt < 1 ? { is: 'paused' } : RESTING);
    }
  }

  #seek(legAt: number): void {
    const chapter = this.#chapter;
    if (!chapter.leg) return;
    const flying = this.#play.is === 'flying';
    this.#halt();
    if (flying) {
      jumpTo(this.map, targetFor(this.map, chapter.view));
      this.#writeNames(chapter);
    }
    this.#moveAlong(legAt);
  }

  #moveAlong(legAt: number): void {
    this.layers.emblem.moveTo(flagPositionAt(this.#chapter.leg!, legAt));
    this.layers.route.travel(this.#chapter.index, legAt);
    this.#setLegAt(legAt);
  }

  #setLegAt(legAt: number): void {
    this.#legAt = legAt;
    this.listeners.onProgress?.(legAt);
  }
}

function placeIds({ content }: JourneyChapter): string[] {
  return content.route?.via ?? [content.at!];
}
