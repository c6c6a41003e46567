import { describe, expect, it } from 'vitest';
import { realContent } from '../../test/real-content';
import { angularDistance, type LatLng } from './geo';
import { buildJourney, restingPlace, type JourneyChapter } from './journey';
import { flagPositionAt } from './leg';

const EARTH_RADIUS_KM = 6371;
const COLISEUM: LatLng = [34.01414, -118.28786];
const LONG_BEACH_SHORE: LatLng = [33.762, -118.189];

const journey = buildJourney(realContent());
const ids = journey.chapters.map((c) => c.chapter.id);
const chapter = (id: string): JourneyChapter => {
  const found = journey.chapters.find((c) => c.chapter.id === id);
  if (!found) throw new Error(`no chapter "${id}" in data/chapters.json`);
  return found;
};
const km = (a: LatLng, b: LatLng) => angularDistance(a, b) * EARTH_RADIUS_KM;

describe('buildJourney on the real content: the order of the story', () => {
  it('tells the relay in the source’s order: handover, Cruise, Atlantic, Courtney, Johnson, Eaton, concert', () => {
    const order = ['handover', 'cruise', 'atlantic', 'courtney', 'johnson', 'eaton', 'concert'].map((id) => ids.indexOf(id));
    expect(order).not.toContain(-1);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('has the speeches before the handover (the anthem and the flag come after Bach and Estanguet)', () => {
    expect(ids.indexOf('bach-peace')).toBeLessThan(ids.indexOf('handover'));
  });

  it('numbers chapters from 0 in file order', () => {
    expect(journey.chapters.map((c) => c.index)).toEqual(ids.map((_, i) => i));
  });
});

describe('buildJourney on the real content: the relay', () => {
  it('has the steps Bass & Biles, Cruise in Paris, Cruise across the Atlantic, Courtney, Johnson, Eaton, then the concert', () => {
    expect(journey.relay.map((s) => s.carriers)).toEqual([
      ['Karen Bass', 'Simone Biles'],
      ['Tom Cruise'],
      ['Tom Cruise'],
      ['Kate Courtney'],
      ['Michael Johnson'],
      ['Jagger Eaton'],
      ['Red Hot Chili Peppers', 'Billie Eilish', 'Snoop Dogg', 'Dr. Dre'],
    ]);
  });

  it('moves the flag as the ceremony did: on foot, rope and motorcycle, flight and parachute, bicycle, running, skateboard', () => {
    expect(journey.relay.slice(0, 6).map((s) => s.modes)).toEqual([
      ['on-foot'],
      ['rope', 'motorcycle'],
      ['flight', 'parachute'],
      ['bicycle'],
      ['running'],
      ['skateboard'],
    ]);
  });

  it('numbers the steps in order and points each at its chapter', () => {
    expect(journey.relay.map((s) => s.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(journey.relay.map((s) => ids[s.chapterIndex])).toEqual(['handover', 'cruise', 'atlantic', 'courtney', 'johnson', 'eaton', 'concert']);
  });

  it('has no relay step before the handover', () => {
    for (const c of journey.chapters.slice(0, ids.indexOf('handover'))) expect(c.relayStep, c.chapter.id).toBeNull();
  });

  it('carries the last step forward through chapters that are not steps', () => {
    expect(chapter('handover').relayStep).toBe(0);
    expect(chapter('concert').relayStep).toBe(6);
    expect(chapter('next').relayStep).toBe(6);
  });

  it('marks every relay chapter as its own step', () => {
    for (const step of journey.relay) expect(journey.chapters[step.chapterIndex]!.relayStep).toBe(step.index);
  });
});

describe('buildJourney on the real content: the map', () => {
  it('flies the Atlantic leg on a great circle, over 60°N', () => {
    const atlantic = chapter('atlantic');
    expect(atlantic.chapter.route?.path).toBe('great-circle');
    expect(Math.max(...atlantic.leg!.points.map(([lat]) => lat))).toBeGreaterThan(60);
  });

  it('ends the Courtney chapter exactly at the Coliseum', () => {
    const courtney = chapter('courtney');
    expect(courtney.to.at).toEqual(COLISEUM);
    expect(flagPositionAt(courtney.leg!, 1)).toEqual(COLISEUM);
  });

  it('ends the Eaton chapter on the beach, within 3 km of the Long Beach shore', () => {
    const eaton = chapter('eaton');
    expect(km(restingPlace(journey, eaton.index), LONG_BEACH_SHORE)).toBeLessThan(3);
    expect(km(flagPositionAt(eaton.leg!, 1), LONG_BEACH_SHORE)).toBeLessThan(3);
  });

  it('never makes the flag jump: each flag chapter starts where the flag last rested', () => {
    const flagChapters = journey.chapters.filter((c) => c.chapter.emblem === 'flag');
    for (let i = 1; i < flagChapters.length; i++) {
      expect(flagChapters[i]!.from.id, flagChapters[i]!.chapter.id).toBe(flagChapters[i - 1]!.to.id);
    }
  });

  it('gives a resting chapter no leg, starting and ending at its place', () => {
    const parade = chapter('parade');
    expect(parade.leg).toBeNull();
    expect(parade.from.id).toBe('stade-de-france');
    expect(parade.to.id).toBe('stade-de-france');
  });

  it('starts and ends every leg at its chapter’s first and last places', () => {
    for (const c of journey.chapters.filter((c) => c.leg)) {
      expect(c.leg!.points[0], c.chapter.id).toEqual(c.from.at);
      expect(c.leg!.points[c.leg!.points.length - 1], c.chapter.id).toEqual(c.to.at);
    }
  });

  it('restingPlace is where the chapter ends', () => {
    expect(restingPlace(journey, ids.indexOf('courtney'))).toEqual(COLISEUM);
    expect(restingPlace(journey, ids.indexOf('cruise'))).toEqual(chapter('cruise').to.at);
  });
});

describe('buildJourney on the real content: camera views', () => {
  it('fits the whole Atlantic arc: the bounds reach its northernmost point and both ends', () => {
    const { view, leg } = chapter('atlantic');
    if (view.kind !== 'bounds') throw new Error('the Atlantic chapter should fit its leg');
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

  it('fits the whole journey, Paris to the Pacific, in the overview', () => {
    const { view } = chapter('overview');
    if (view.kind !== 'bounds') throw new Error('the overview should fit the journey');
    const [[south, west], [north, east]] = view.bounds;
    for (const place of journey.places) {
      const [lat, lng] = place.at;
      expect(lat >= south && lat <= north && lng >= west && lng <= east, place.id).toBe(true);
    }
    expect(north).toBeGreaterThan(60);
  });

  it('uses a default maximum zoom when a fit view does not give one', () => {
    const { view } = chapter('overview');
    expect(view.kind === 'bounds' && view.maxZoom).toBe(12);
  });

  it('centres a center view on its place at its zoom', () => {
    expect(chapter('parade').view).toEqual({ kind: 'center', center: [48.92447, 2.36014], zoom: 10 });
  });
});

describe('buildJourney on the real content: quotes', () => {
  it('attaches each speech to its chapter, in the file’s order', () => {
    expect(chapter('bach-new-era').quotes.map((q) => q.id)).toEqual(['seine-sational', 'new-era', 'agenda-reforms']);
    expect(chapter('bach-athletes').quotes.map((q) => q.id)).toEqual(['simply-amazing', 'greatness', 'one-roof']);
    expect(chapter('bach-peace').quotes.map((q) => q.id)).toEqual(['thank-you', 'culture-of-peace']);
  });

  it('shows every speech exactly once', () => {
    const shown = journey.chapters.flatMap((c) => c.quotes.map((q) => q.id));
    expect(shown.sort()).toEqual(realContent().speeches.map((s) => s.id).sort());
  });

  it('gives chapters without speeches no quotes', () => {
    expect(chapter('handover').quotes).toEqual([]);
  });
});
