import { describe, expect, it } from 'vitest';
import { fixtureContent } from './story-fixture.test-support';
import type { LatLng } from './geo';
import { buildJourney, restingPlace, type JourneyChapter } from './journey';
import { flagPositionAt } from './leg';

const content = fixtureContent();
const journey = buildJourney(content);
const ids = journey.chapters.map((c) => c.content.id);
const chapter = (id: string): JourneyChapter => journey.chapters.find((c) => c.content.id === id)!;
const place = (id: string): LatLng => content.places.find((p) => p.id === id)!.at;

describe('buildJourney: chapters', () => {
  it('numbers chapters from 0 in file order', () => {
    expect(journey.chapters.map((c) => c.index)).toEqual(ids.map((_, i) => i));
  });
});

describe('buildJourney: the relay', () => {
  it('makes one step per relay chapter, in file order, with its carriers and modes', () => {
    expect(journey.relay.map((s) => [s.carriers, s.modes])).toEqual([
      [['Karen Bass', 'Simone Biles'], ['on-foot']],
      [['Tom Cruise'], ['rope', 'motorcycle']],
      [['Tom Cruise'], ['flight', 'parachute']],
      [['Michael Johnson'], ['running']],
      [['Red Hot Chili Peppers', 'Billie Eilish', 'Snoop Dogg', 'Dr. Dre'], ['stage']],
    ]);
  });

  it('numbers the steps in order and points each at its chapter', () => {
    expect(journey.relay.map((s) => s.index)).toEqual([0, 1, 2, 3, 4]);
    expect(journey.relay.map((s) => ids[s.chapterIndex])).toEqual(['handover', 'cruise', 'atlantic', 'johnson', 'concert']);
  });

  it('has no relay step before the first relay chapter', () => {
    for (const id of ['overview', 'flame', 'parade']) expect(chapter(id).relayStep, id).toBeNull();
  });

  it('carries the last step forward through chapters that are not steps', () => {
    expect(chapter('next').relayStep).toBe(4);
  });

  it('marks every relay chapter as its own step', () => {
    for (const step of journey.relay) expect(journey.chapters[step.chapterIndex]!.relayStep).toBe(step.index);
  });
});

describe('buildJourney: the map', () => {
  it('flies a great-circle leg along the arc, north of both ends between Paris and Los Angeles', () => {
    const { leg } = chapter('atlantic');
    expect(Math.max(...leg!.points.map(([lat]) => lat))).toBeGreaterThan(60);
  });

  it('ends a leg exactly at its last place', () => {
    expect(chapter('atlantic').to.at).toEqual(place('coliseum'));
    expect(flagPositionAt(chapter('atlantic').leg!, 1)).toEqual(place('coliseum'));
  });

  it('starts each chapter where the previous one of the same emblem rested', () => {
    expect(chapter('cruise').from.id).toBe('stade-de-france');
    expect(chapter('johnson').from.id).toBe('coliseum');
  });

  it('gives a resting chapter no leg, starting and ending at its place', () => {
    const parade = chapter('parade');
    expect(parade.leg).toBeNull();
    expect(parade.from.id).toBe('stade-de-france');
    expect(parade.to.id).toBe('stade-de-france');
  });

  it('starts and ends every leg at its chapter’s first and last places', () => {
    for (const c of journey.chapters.filter((c) => c.leg)) {
      expect(c.leg!.points[0], c.content.id).toEqual(c.from.at);
      expect(c.leg!.points[c.leg!.points.length - 1], c.content.id).toEqual(c.to.at);
    }
  });

  it('restingPlace is where the chapter ends', () => {
    expect(restingPlace(journey, ids.indexOf('atlantic'))).toEqual(place('coliseum'));
    expect(restingPlace(journey, ids.indexOf('next'))).toEqual(place('long-beach'));
  });
});

describe('buildJourney: camera views', () => {
  it('fits a great-circle leg whole: the bounds reach its northernmost point and both ends', () => {
    const { view, leg } = chapter('atlantic');
    if (view.kind !== 'bounds') throw new Error('the leg should be fitted');
    const [[south, west], [north, east]] = view.bounds;
    expect(north).toBeGreaterThanOrEqual(Math.max(...leg!.points.map(([lat]) => lat)));
    for (const [lat, lng] of [leg!.points[0]!, leg!.points[leg!.points.length - 1]!]) {
      expect(lat).toBeGreaterThanOrEqual(south);
      expect(lat).toBeLessThanOrEqual(north);
      expect(lng).toBeGreaterThanOrEqual(west);
      expect(lng).toBeLessThanOrEqual(east);
    }
    expect(view.maxZoom).toBe(4);
  });

  it('fits the whole journey, every place and the arc, for "fit": "journey"', () => {
    const { view } = chapter('overview');
    if (view.kind !== 'bounds') throw new Error('the overview should fit the journey');
    const [[south, west], [north, east]] = view.bounds;
    for (const {
      id,
      at: [lat, lng],
    } of journey.places)
      expect(lat >= south && lat <= north && lng >= west && lng <= east, id).toBe(true);
    expect(north).toBeGreaterThan(60);
  });

  it('uses a default maximum zoom when a fit view does not give one', () => {
    const { view } = chapter('johnson');
    expect(view.kind === 'bounds' && view.maxZoom).toBe(12);
  });

  it('centres a center view on its place at its zoom', () => {
    expect(chapter('parade').view).toEqual({ kind: 'center', center: place('stade-de-france'), zoom: 10 });
  });
});

describe('buildJourney: quotes', () => {
  it('attaches each speech to its chapter, in the file’s order', () => {
    expect(chapter('parade').quotes.map((q) => q.id)).toEqual(['first', 'second']);
    expect(chapter('handover').quotes.map((q) => q.id)).toEqual(['third', 'fourth']);
  });

  it('gives chapters without speeches no quotes', () => {
    expect(chapter('cruise').quotes).toEqual([]);
  });
});
