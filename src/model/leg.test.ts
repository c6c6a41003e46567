import { describe, expect, it } from 'vitest';
import { angularDistance, type LatLng } from './geo';
import { flagPositionAt, makeLeg, travelledPart } from './leg';

const STADE_DE_FRANCE: LatLng = [48.92447, 2.36014];
const LE_BOURGET: LatLng = [48.9694, 2.4414];
const HOLLYWOOD: LatLng = [34.1341, -118.3215];
const COLISEUM: LatLng = [34.01414, -118.28786];
const LONG_BEACH: LatLng = [33.762, -118.189];

/** Along the equator a degree of longitude is the same distance everywhere. */
const EQUATOR_LEG: LatLng[] = [
  [0, 0],
  [0, 1],
  [0, 4],
];

const pathLength = (points: readonly LatLng[]) => points.slice(1).reduce((sum, p, i) => sum + angularDistance(points[i]!, p), 0);

describe('makeLeg', () => {
  it('keeps a ground leg’s waypoints as they are', () => {
    const leg = makeLeg([HOLLYWOOD, COLISEUM, LONG_BEACH], 'ground');
    expect(leg.points).toEqual([HOLLYWOOD, COLISEUM, LONG_BEACH]);
  });

  it('measures its length through every waypoint', () => {
    const leg = makeLeg(EQUATOR_LEG, 'ground');
    expect(leg.length).toBeCloseTo((4 * Math.PI) / 180, 12);
    expect(leg.cumulative[1]).toBeCloseTo(Math.PI / 180, 12);
  });

  it('densifies a great-circle leg into an arc that still starts and ends at the places', () => {
    const leg = makeLeg([LE_BOURGET, HOLLYWOOD], 'great-circle');
    expect(leg.points.length).toBeGreaterThan(50);
    expect(leg.points[0]).toEqual(LE_BOURGET);
    expect(leg.points[leg.points.length - 1]).toEqual(HOLLYWOOD);
  });

  it('runs a great-circle leg through a middle place without repeating it', () => {
    const leg = makeLeg([STADE_DE_FRANCE, [64.1466, -21.9426], HOLLYWOOD], 'great-circle');
    expect(leg.points).toContainEqual([64.1466, -21.9426]);
    for (let i = 1; i < leg.points.length; i++) expect(leg.points[i]).not.toEqual(leg.points[i - 1]);
  });
});

describe('flagPositionAt', () => {
  it('is exactly the first waypoint at t=0 and exactly the last at t=1', () => {
    for (const leg of [
      makeLeg([STADE_DE_FRANCE, LE_BOURGET], 'ground'),
      makeLeg([HOLLYWOOD, COLISEUM, LONG_BEACH], 'ground'),
      makeLeg(
        [
          [30.40587, 5.71842],
          [5.71842, 30.40587],
        ],
        'ground',
      ),
      makeLeg([LE_BOURGET, HOLLYWOOD], 'great-circle'),
      makeLeg([STADE_DE_FRANCE, COLISEUM], 'great-circle'),
    ]) {
      expect(flagPositionAt(leg, 0)).toEqual(leg.points[0]);
      expect(flagPositionAt(leg, 1)).toEqual(leg.points[leg.points.length - 1]);
    }
  });

  it('at t=0.5 of a two-segment leg with unequal segments is at half the distance, not at the middle waypoint', () => {
    const [lat, lng] = flagPositionAt(makeLeg(EQUATOR_LEG, 'ground'), 0.5);
    expect(lat).toBeCloseTo(0, 12);
    expect(lng).toBeCloseTo(2, 9);
  });

  it('lands on the middle waypoint at the fraction of the distance where it lies', () => {
    const [, lng] = flagPositionAt(makeLeg(EQUATOR_LEG, 'ground'), 0.25);
    expect(lng).toBeCloseTo(1, 9);
  });

  it('clamps t below 0 to the start and above 1 to the end', () => {
    const leg = makeLeg([HOLLYWOOD, COLISEUM, LONG_BEACH], 'ground');
    expect(flagPositionAt(leg, -0.5)).toEqual(HOLLYWOOD);
    expect(flagPositionAt(leg, 1.7)).toEqual(LONG_BEACH);
  });

  it('flies a great-circle leg north: halfway from Paris to Los Angeles the flag is above 60°N', () => {
    const leg = makeLeg([STADE_DE_FRANCE, COLISEUM], 'great-circle');
    expect(flagPositionAt(leg, 0.5)[0]).toBeGreaterThan(60);
  });

  it('stays put on a leg that goes nowhere', () => {
    const leg = makeLeg([COLISEUM, COLISEUM], 'ground');
    expect(flagPositionAt(leg, 0)).toEqual(COLISEUM);
    expect(flagPositionAt(leg, 0.5)).toEqual(COLISEUM);
    expect(flagPositionAt(leg, 1)).toEqual(COLISEUM);
  });
});

describe('travelledPart', () => {
  const legs = {
    ground: makeLeg([HOLLYWOOD, COLISEUM, LONG_BEACH], 'ground'),
    'great-circle': makeLeg([LE_BOURGET, HOLLYWOOD], 'great-circle'),
  };
  const ts = Array.from({ length: 41 }, (_, i) => i / 40);

  for (const [kind, leg] of Object.entries(legs)) {
    it(`ends exactly where the flag is (${kind})`, () => {
      for (const t of [...ts, 0.123456789, 0.987654321]) {
        const part = travelledPart(leg, t);
        expect(part[part.length - 1]).toEqual(flagPositionAt(leg, t));
      }
    });

    it(`starts at the leg’s start and grows as t grows (${kind})`, () => {
      let previous = -1;
      for (const t of ts) {
        const part = travelledPart(leg, t);
        expect(part[0]).toEqual(leg.points[0]);
        const length = pathLength(part);
        expect(length).toBeGreaterThanOrEqual(previous - 1e-12);
        previous = length;
      }
    });

    it(`is the fraction t of the whole leg (${kind})`, () => {
      // Within a segment the flag moves in a straight lat/lng line, so allow a hair's difference.
      expect(pathLength(travelledPart(leg, 0.3)) / leg.length).toBeCloseTo(0.3, 4);
    });

    it(`is the whole leg at t=1 (${kind})`, () => {
      expect(travelledPart(leg, 1)).toEqual(leg.points);
    });
  }

  it('is only the start at t=0', () => {
    expect(pathLength(travelledPart(legs.ground, 0))).toBe(0);
  });
});
