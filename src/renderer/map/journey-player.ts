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
import type { LatLng } from '@model/geo';
import type { Lang } from '@shared/i18n';
import type { Journey, JourneyChapter } from '@model/journey';
import { flagPositionAt } from '@model/leg';
import type { TravelState } from '@model/travel';
import { flightSeconds, flyTo, isThere, jumpTo, targetFor, type Target } from './camera';
import { AreaLabels } from './area-labels';
import type { CityNames } from './basemap/city-file';
import { CityNamesLayer } from './city-names';
import { EmblemMarker } from './emblem-marker';
import { redrawVectorsWhileZooming, vectorRenderer } from './live-vectors';
import { PlaceLabels } from './place-labels';
import { RouteLayers } from './route-layers';

const easeInOutCubic = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

export type PlayerState = 'resting' | 'flying' | 'travelling' | 'paused';

/** A move's turn of the clock's loop (see ShowMove.loop). */
export interface LoopTurn {
  /** When the chapter's turn began, UTC ms. */
  start: number;
  /** A rejoin flies even to a chapter with no leg. */
  rejoin: boolean;
}

export interface PlayerListeners {
  /** The player's state changed (where the emblem is: emblemAt and legAt). */
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

export class JourneyPlayer {
  readonly #route: RouteLayers;
  readonly #emblem: EmblemMarker;
  readonly #labels: PlaceLabels;
  readonly #areas: AreaLabels;
  readonly #cityNames: CityNamesLayer;
  readonly #stopRedrawing: () => void;
  #chapter: JourneyChapter;
  /** How far the emblem is along the chapter's leg (0..1). */
  #legAt = 1;
  #flying = false;
  #stopFlying: () => void = () => {};
  #frame = 0;
  /** The run being played: from which fraction of the leg, since when, for how long. */
  #runFrom = 0;
  #runStart = 0;
  #runMs = 0;
  #paused = false;
  /** The travel state last followed, so that a seek is applied once. */
  #travel: TravelState | null = null;
  /** Under sync, when (performance.now()) the clock's travel of this chapter's leg starts. */
  #clockTravelStart: number | null = null;

  constructor(
    private readonly map: L.Map,
    private readonly journey: Journey,
    lang: Lang,
    private readonly listeners: PlayerListeners,
  ) {
    this.#cityNames = new CityNamesLayer(map, journey.chapters.flatMap(({ leg }) => leg ?? []));
    this.#areas = new AreaLabels(journey.areas, lang).addTo(map);
    this.#route = new RouteLayers(journey).addTo(map);
    this.#labels = new PlaceLabels(journey.places, lang).addTo(map);
    this.#chapter = journey.chapters[0]!;
    this.#emblem = new EmblemMarker(this.#chapter.to.at).addTo(map);
    this.#stopRedrawing = redrawVectorsWhileZooming(map, vectorRenderer(map));
  }

  /** Shows chapter `index`, playing its leg when `animate` is true; under sync, `loop` times the travel by the clock. */
  show(index: number, animate: boolean, loop?: LoopTurn): void {
    this.#stop();
    const chapter = this.journey.chapters[index]!;
    this.#chapter = chapter;
    this.#emblem.setEmblem(chapter.content.emblem);
    this.#clockTravelStart = loop ? performance.now() - (Date.now() - loop.start) + this.#loopFlightMs(chapter) : null;
    if (animate && (chapter.leg || loop?.rejoin)) this.#fly(chapter);
    else this.#land(chapter);
  }

  /** Where the emblem stands now. */
  get emblemAt(): LatLng {
    return this.#emblem.position;
  }

  /** How far the emblem is along the chapter's leg now (0..1; 1 without a leg). */
  get legAt(): number {
    return this.#legAt;
  }

  /** The emblem's accessible name (see a11y/emblem-label.ts). */
  labelEmblem(label: string): void {
    this.#emblem.setLabel(label);
  }

  /** Writes the map's names in `lang`, leaving the camera and any leg in play as they are. */
  setLang(lang: Lang): void {
    this.#labels.setLang(lang);
    this.#areas.setLang(lang);
    // The story's labels changed width: the city's names make room again.
    if (!this.#flying) this.#cityNames.place(this.#chapter.leg);
  }

  /** A city's own names, as its map comes in (from the basemap's worker). */
  addCityNames(city: string, names: CityNames): void {
    this.#cityNames.add(city, names);
  }

  /**
   * Follows the show's travel state: a new seek moves the emblem, then the
   * travel holds or plays on (or, with `animate` false, lands at the leg's end).
   */
  follow(travel: TravelState, animate = true): void {
    if (travel === this.#travel) return;
    this.#travel = travel;
    if (travel.seek !== null) this.#seek(travel.seek);
    this.#paused = travel.paused;
    if (this.#paused) this.#hold();
    else if (!this.#flying && !this.#frame && this.#chapter.leg && this.#legAt < 1) {
      if (animate) this.#run();
      else {
        this.#seek(1);
        this.#report('resting');
      }
    }
  }

  destroy(): void {
    this.#stop();
    this.#stopRedrawing();
    this.#route.remove();
    this.#labels.remove();
    this.#areas.remove();
    this.#cityNames.remove();
    this.#emblem.remove();
  }

  #stop(): void {
    if (this.#flying) {
      // Unhook the arrival first: stopping the camera fires the moveend it waits for.
      this.#stopFlying();
      this.map.stop();
      this.#flying = false;
    }
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  /** The chapter's place names, and the city's names round them (written at the next frame), once the camera is there. */
  #writeNames(chapter: JourneyChapter): void {
    this.#labels.show(placeIds(chapter));
    this.#cityNames.place(chapter.leg);
  }

  #report(state: PlayerState): void {
    this.listeners.onState(state, this.#chapter);
    if (state === 'resting') this.#readyNextCut();
  }

  /** At rest: if the next chapter lands at once in another view, that view's map is drawn ahead, so the cut shows it whole. */
  #readyNextCut(): void {
    const next = this.journey.chapters[this.#chapter.index + 1];
    if (!next || next.leg) return;
    const target = targetFor(this.map, next.view);
    if (!isThere(this.map, target)) this.listeners.willMoveTo?.(target);
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

  #land(chapter: JourneyChapter): void {
    jumpTo(this.map, targetFor(this.map, chapter.view));
    this.#writeNames(chapter);
    if (chapter.leg && this.#clockTravelStart !== null && !this.#clockTravelDone()) {
      // Joined mid-leg (a kiosk switched on, restarted): the flag takes up the clock's travel.
      this.#route.show(chapter.index, 0);
      this.#runByClock();
      return;
    }
    this.#route.show(chapter.index, 1);
    this.#emblem.moveTo(chapter.to.at);
    this.#setLegAt(1);
    this.#report('resting');
  }

  #fly(chapter: JourneyChapter): void {
    // A rejoin that will land after the clock's travel is over shows the leg travelled.
    const legAt = chapter.leg && !this.#clockTravelDone() ? 0 : 1;
    this.#route.show(chapter.index, legAt);
    this.#emblem.moveTo(legAt === 0 ? chapter.from.at : chapter.to.at);
    this.#setLegAt(legAt);
    // Names appear once the camera is there: mid-flight they would pile up on each other.
    this.#labels.show([]);
    this.#cityNames.clear();
    this.#flying = true;
    this.#report('flying');
    const target = targetFor(this.map, chapter.view);
    this.listeners.willMoveTo?.(target);
    this.#stopFlying = flyTo(this.map, target, this.#arrive);
  }

  #arrive = (): void => {
    this.#flying = false;
    this.#stopFlying = () => {};
    this.#writeNames(this.#chapter);
    if (!this.#chapter.leg) this.#report('resting');
    else if (this.#paused) this.#report('paused');
    else if (this.#clockTravelStart !== null) this.#runByClock();
    else this.#run();
  };

  /** Plays the leg as the clock has it: the flag waits at its start until the clock's travel begins, then keeps to it. */
  #runByClock(): void {
    this.#runFrom = 0;
    this.#runStart = this.#clockTravelStart!;
    this.#runMs = this.#travelMs();
    this.#report('travelling');
    this.#step(performance.now());
  }

  /** Plays the leg from where the emblem is to its end, easing in and out. */
  #run(): void {
    this.#runFrom = this.#legAt;
    this.#runStart = performance.now();
    this.#runMs = this.#chapter.content.travelSeconds * 1000 * (1 - this.#legAt);
    this.#report('travelling');
    this.#frame = requestAnimationFrame(this.#step);
  }

  #step = (now: number): void => {
    const s = this.#runMs > 0 ? Math.min(1, Math.max(0, (now - this.#runStart) / this.#runMs)) : 1;
    this.#moveAlong(this.#runFrom + (1 - this.#runFrom) * easeInOutCubic(s));
    if (s < 1) {
      this.#frame = requestAnimationFrame(this.#step);
      return;
    }
    this.#frame = 0;
    this.#report('resting');
  };

  #hold(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    // During the flight the hold begins on arrival (#arrive).
    if (!this.#flying) this.#report(this.#legAt < 1 ? 'paused' : 'resting');
  }

  #seek(legAt: number): void {
    const chapter = this.#chapter;
    if (!chapter.leg) return;
    if (this.#flying) {
      this.#stop();
      jumpTo(this.map, targetFor(this.map, chapter.view));
      this.#writeNames(chapter);
    }
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#moveAlong(legAt);
  }

  #moveAlong(legAt: number): void {
    this.#emblem.moveTo(flagPositionAt(this.#chapter.leg!, legAt));
    this.#route.travel(this.#chapter.index, legAt);
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
