/**
 * The journey: validated content resolved into what the screen needs for each
 * chapter (its leg, where the emblem ends, its camera view, its quotes) and the
 * relay steps for the diagram. Built once per content load.
 */
import { boundsOf, type LatLng } from './geo';
import { makeLeg, type Leg } from './leg';
import type { Content } from './content';
import type { AreaLabel, Chapter, LocalizedText, Mode, Place, Speech, View } from './schema';

export type CameraView = { kind: 'bounds'; bounds: [LatLng, LatLng]; maxZoom: number } | { kind: 'center'; center: LatLng; zoom: number };

export interface RelayStep {
  /** Position in the relay, from 0. */
  index: number;
  chapterIndex: number;
  carriers: string[];
  modes: Mode[];
  action: LocalizedText;
}

export interface JourneyChapter {
  index: number;
  /** The chapter as the content gives it: its words, route, view and relay. */
  content: Chapter;
  /** The leg travelled on entering the chapter, or null if the emblem rests. */
  leg: Leg | null;
  /** The named places the chapter starts from and ends at. */
  from: Place;
  to: Place;
  view: CameraView;
  quotes: Speech[];
  /** The relay step this chapter is, or the last one before it (null before the handover). */
  relayStep: number | null;
}

export interface Journey {
  chapters: JourneyChapter[];
  relay: RelayStep[];
  places: Place[];
  areas: AreaLabel[];
}

const DEFAULT_MAX_ZOOM = 12;

export function buildJourney({ places, areas, chapters, speeches }: Content): Journey {
  const byId = new Map(places.map((p) => [p.id, p]));
  const place = (ref: string) => byId.get(ref)!;
  const relay: RelayStep[] = [];
  let lastStep: number | null = null;

  const legs = chapters.map((c) =>
    c.route
      ? makeLeg(
          c.route.via.map((r) => place(r).at),
          c.route.path,
        )
      : null,
  );
  const everyPoint = legs.flatMap((leg, i) => leg?.points ?? [place(chapters[i]!.at!).at]);

  const resolved = chapters.map((chapter, index): JourneyChapter => {
    if (chapter.relay) {
      lastStep = relay.length;
      relay.push({ index: lastStep, chapterIndex: index, ...chapter.relay });
    }
    const leg = legs[index]!;
    const via = chapter.route?.via.map(place) ?? [place(chapter.at!)];
    return {
      index,
      content: chapter,
      leg,
      from: via[0]!,
      to: via[via.length - 1]!,
      view: cameraView(chapter.view, leg, place, everyPoint),
      quotes: speeches.filter((s) => s.chapter === chapter.id),
      relayStep: lastStep,
    };
  });
  return { chapters: resolved, relay, places, areas };
}

function cameraView(view: View, leg: Leg | null, place: (ref: string) => Place, everyPoint: LatLng[]): CameraView {
  if ('center' in view) return { kind: 'center', center: place(view.center).at, zoom: view.zoom };
  const points = view.fit === 'journey' ? everyPoint : [...view.fit.map((r) => place(r).at), ...(leg?.points ?? [])];
  return { kind: 'bounds', bounds: boundsOf(points), maxZoom: view.maxZoom ?? DEFAULT_MAX_ZOOM };
}

/** Where the emblem stands once chapter `index` is complete. */
export function restingPlace(journey: Journey, index: number): LatLng {
  return journey.chapters[index]!.to.at;
}
