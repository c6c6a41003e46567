/**
 * Plays the journey on the map. Stepping forward one chapter flies the camera
 * to the chapter's view, then moves the emblem along its leg while the leg
 * draws itself behind it. Any other move lands at once in the chapter's final
 * state: nothing replays.
 */
import type L from 'leaflet';
import type { LatLng } from '@shared/geo';
import type { Lang } from '@shared/i18n';
import type { Journey, JourneyChapter } from '@shared/journey';
import { flagPositionAt } from '@shared/leg';
import { flyTo, jumpTo, targetFor, type Target } from './camera';
import { AreaLabels } from './area-labels';
import { EmblemMarker } from './emblem-marker';
import { redrawVectorsWhileZooming, vectorRenderer } from './live-vectors';
import { PlaceLabels } from './place-labels';
import { RouteLayers } from './route-layers';

const easeInOutCubic = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

export type PlayerState = 'resting' | 'flying' | 'travelling';

export class JourneyPlayer {
  readonly #route: RouteLayers;
  readonly #emblem: EmblemMarker;
  readonly #labels: PlaceLabels;
  readonly #areas: AreaLabels;
  readonly #stopRedrawing: () => void;
  #cancel: () => void = () => {};

  constructor(
    private readonly map: L.Map,
    private readonly journey: Journey,
    private readonly onState: (state: PlayerState, chapter: JourneyChapter, emblemAt: LatLng) => void,
    lang: Lang,
    /** Told where a flight will land before it takes off (the basemap draws that view early). */
    private readonly willFlyTo: (target: Target) => void = () => {},
  ) {
    this.#areas = new AreaLabels(journey.areas, lang).addTo(map);
    this.#route = new RouteLayers(journey).addTo(map);
    this.#labels = new PlaceLabels(journey.places, lang).addTo(map);
    this.#emblem = new EmblemMarker(journey.chapters[0]!.to.at).addTo(map);
    this.#stopRedrawing = redrawVectorsWhileZooming(map, vectorRenderer(map));
  }

  /** Shows chapter `index`, playing its leg when `animate` is true. */
  show(index: number, animate: boolean): void {
    this.#cancel();
    const chapter = this.journey.chapters[index]!;
    this.#emblem.setEmblem(chapter.chapter.emblem);
    if (animate && chapter.leg) this.#play(chapter);
    else this.#land(chapter);
  }

  /** The emblem's accessible name (see a11y/emblem-label.ts). */
  labelEmblem(label: string): void {
    this.#emblem.setLabel(label);
  }

  /** Writes the map's names in `lang`, leaving the camera and any leg in play as they are. */
  setLang(lang: Lang): void {
    this.#labels.setLang(lang);
    this.#areas.setLang(lang);
  }

  destroy(): void {
    this.#cancel();
    this.#stopRedrawing();
    this.#route.remove();
    this.#labels.remove();
    this.#areas.remove();
    this.#emblem.remove();
  }

  #land(chapter: JourneyChapter): void {
    jumpTo(this.map, targetFor(this.map, chapter.view));
    this.#labels.show(placeIds(chapter));
    this.#route.show(chapter.index, 1);
    this.#emblem.moveTo(chapter.to.at);
    this.onState('resting', chapter, this.#emblem.position);
  }

  #play(chapter: JourneyChapter): void {
    const leg = chapter.leg!;
    this.#route.show(chapter.index, 0);
    this.#emblem.moveTo(chapter.from.at);
    // Names appear once the camera is there: mid-flight they would pile up on each other.
    this.#labels.show([]);
    this.onState('flying', chapter, this.#emblem.position);
    let frame = 0;
    const target = targetFor(this.map, chapter.view);
    this.willFlyTo(target);
    const stopFlying = flyTo(this.map, target, () => {
      const duration = chapter.chapter.travelSeconds * 1000;
      const start = performance.now();
      this.#labels.show(placeIds(chapter));
      this.onState('travelling', chapter, this.#emblem.position);
      const step = (now: number) => {
        const t = Math.min(1, (now - start) / duration);
        const eased = easeInOutCubic(t);
        this.#emblem.moveTo(flagPositionAt(leg, eased));
        this.#route.travel(chapter.index, eased);
        if (t < 1) frame = requestAnimationFrame(step);
        else this.onState('resting', chapter, this.#emblem.position);
      };
      frame = requestAnimationFrame(step);
    });
    this.#cancel = () => {
      stopFlying();
      cancelAnimationFrame(frame);
      this.map.stop();
      this.#cancel = () => {};
    };
  }
}

function placeIds({ chapter }: JourneyChapter): string[] {
  return chapter.route?.via ?? [chapter.at!];
}
