/**
 * The real story in data/, as the ceremony told it: the relay's order, carriers
 * and modes, where the flag goes, and every excerpt shown once. These tests are
 * about the content; the code is tested on a fixture (src/model/story-fixture.test-support.ts).
 */
import { describe, expect, it } from 'vitest';
import { angularDistance, type LatLng } from '../src/model/geo';
import { buildJourney, restingPlace, type JourneyChapter } from '../src/model/journey';
import { flagPositionAt } from '../src/model/leg';
import { realContent } from './real-content';

const EARTH_RADIUS_KM = 6371;
const COLISEUM: LatLng = [34.01414, -118.28786];
const LONG_BEACH_SHORE: LatLng = [33.762, -118.189];

const journey = buildJourney(realContent());
const ids = journey.chapters.map((c) => c.content.id);
const chapter = (id: string): JourneyChapter => {
  const found = journey.chapters.find((c) => c.content.id === id);
  if (!found) throw new Error(`no chapter "${id}" in data/chapters.json`);
  return found;
};
const km = (a: LatLng, b: LatLng) => angularDistance(a, b) * EARTH_RADIUS_KM;

describe('the real story: its order', () => {
  it('tells the relay in the source’s order: handover, Cruise, Atlantic, Courtney, Johnson, Eaton, concert', () => {
    const order = ['handover', 'cruise', 'atlantic', 'courtney', 'johnson', 'eaton', 'concert'].map((id) => ids.indexOf(id));
    expect(order).not.toContain(-1);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('has the speeches before the handover (the anthem and the flag come after Bach and Estanguet)', () => {
    expect(ids.indexOf('bach-peace')).toBeLessThan(ids.indexOf('handover'));
  });
});

describe('the real story: the relay', () => {
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

  it('has no relay step before the handover, and the concert’s step lasts to the end', () => {
    for (const c of journey.chapters.slice(0, ids.indexOf('handover'))) expect(c.relayStep, c.content.id).toBeNull();
    expect(chapter('next').relayStep).toBe(6);
  });
});

describe('the real story: the map', () => {
  it('flies the Atlantic leg on a great circle, over 60°N', () => {
    const atlantic = chapter('atlantic');
    expect(atlantic.content.route?.path).toBe('great-circle');
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
    const flagChapters = journey.chapters.filter((c) => c.content.emblem === 'flag');
    for (let i = 1; i < flagChapters.length; i++) {
      expect(flagChapters[i]!.from.id, flagChapters[i]!.content.id).toBe(flagChapters[i - 1]!.to.id);
    }
  });

  it('shows the whole journey, Paris to the Pacific, in the overview', () => {
    const { view } = chapter('overview');
    if (view.kind !== 'bounds') throw new Error('the overview should fit the journey');
    const [[south, west], [north, east]] = view.bounds;
    for (const {
      id,
      at: [lat, lng],
    } of journey.places)
      expect(lat >= south && lat <= north && lng >= west && lng <= east, id).toBe(true);
  });
});

describe('the real story: quotes', () => {
  it('puts Bach’s excerpts in his three chapters, in order', () => {
    expect(chapter('bach-new-era').quotes.map((q) => q.id)).toEqual(['seine-sational', 'new-era', 'agenda-reforms']);
    expect(chapter('bach-athletes').quotes.map((q) => q.id)).toEqual(['simply-amazing', 'greatness', 'one-roof']);
    expect(chapter('bach-peace').quotes.map((q) => q.id)).toEqual(['thank-you', 'culture-of-peace']);
  });

  it('shows every speech exactly once', () => {
    const shown = journey.chapters.flatMap((c) => c.quotes.map((q) => q.id));
    expect(shown.sort()).toEqual(
      realContent()
        .speeches.map((s) => s.id)
        .sort(),
    );
  });
});
