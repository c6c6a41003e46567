import { describe, expect, it } from 'vitest';
import { angularDistance, boundsOf, greatCircleArc, lerpLatLng, type LatLng } from './geo';

const STADE_DE_FRANCE: LatLng = [48.92447, 2.36014];
const COLISEUM: LatLng = [34.01414, -118.28786];
const EARTH_RADIUS_KM = 6371;

describe('angularDistance', () => {
  it('is zero from a place to itself', () => {
    expect(angularDistance(STADE_DE_FRANCE, STADE_DE_FRANCE)).toBe(0);
  });

  it('is a quarter turn from the equator to the pole', () => {
    expect(angularDistance([0, 0], [90, 0])).toBeCloseTo(Math.PI / 2, 12);
    expect(angularDistance([0, 0], [0, 90])).toBeCloseTo(Math.PI / 2, 12);
  });

  it('reads its arguments as [lat, lng]: one degree of latitude is not one degree of longitude up north', () => {
    const northward = angularDistance([60, 0], [61, 0]);
    const eastward = angularDistance([60, 0], [60, 1]);
    expect(northward).toBeCloseTo((1 * Math.PI) / 180, 12);
    expect(eastward).toBeLessThan(northward * 0.51);
  });

  it('puts Paris about 9,100 km from Los Angeles on a 6371 km sphere (within 1%)', () => {
    // Haversine for these two coordinates on a 6371 km sphere: 9,086 km.
    const km = angularDistance(STADE_DE_FRANCE, COLISEUM) * EARTH_RADIUS_KM;
    expect(Math.abs(km - 9086) / 9086).toBeLessThan(0.01);
  });

  it('is the same in both directions', () => {
    expect(angularDistance(COLISEUM, STADE_DE_FRANCE)).toBeCloseTo(angularDistance(STADE_DE_FRANCE, COLISEUM), 12);
  });
});

describe('greatCircleArc', () => {
  const arc = greatCircleArc(STADE_DE_FRANCE, COLISEUM);

  it('starts exactly at the Stade de France and ends exactly at the Coliseum', () => {
    expect(arc[0]).toEqual(STADE_DE_FRANCE);
    expect(arc[arc.length - 1]).toEqual(COLISEUM);
  });

  it('has segments + 1 points', () => {
    expect(greatCircleArc(STADE_DE_FRANCE, COLISEUM, 10)).toHaveLength(11);
    expect(arc).toHaveLength(97);
  });

  it('bends north over the Atlantic, well above both ends (above 60°N)', () => {
    const northernmost = Math.max(...arc.map(([lat]) => lat));
    expect(northernmost).toBeGreaterThan(60);
    expect(northernmost).toBeGreaterThan(STADE_DE_FRANCE[0] + 10);
    expect(northernmost).toBeGreaterThan(COLISEUM[0] + 10);
  });

  it('heads west: longitudes fall steadily from Paris to Los Angeles', () => {
    for (let i = 1; i < arc.length; i++) expect(arc[i]![1]).toBeLessThan(arc[i - 1]![1]);
  });

  it('spaces consecutive points evenly by angular distance', () => {
    const steps = arc.slice(1).map((p, i) => angularDistance(arc[i]!, p));
    const total = angularDistance(STADE_DE_FRANCE, COLISEUM);
    for (const step of steps) expect(step).toBeCloseTo(total / steps.length, 9);
  });

  it('stays on the shortest path: its length is the distance between the ends', () => {
    const length = arc.slice(1).reduce((sum, p, i) => sum + angularDistance(arc[i]!, p), 0);
    expect(length).toBeCloseTo(angularDistance(STADE_DE_FRANCE, COLISEUM), 9);
  });
});

describe('lerpLatLng', () => {
  it('is exactly a at t=0 and exactly b at t=1', () => {
    // Values that a + (b - a) * t gets wrong by a rounding error at t = 1.
    const a: LatLng = [30.40587, 5.71842];
    const b: LatLng = [5.71842, 30.40587];
    expect(lerpLatLng(a, b, 0)).toEqual(a);
    expect(lerpLatLng(a, b, 1)).toEqual(b);
  });

  it('is halfway at t=0.5', () => {
    const [lat, lng] = lerpLatLng([10, -20], [20, 40], 0.5);
    expect(lat).toBeCloseTo(15, 12);
    expect(lng).toBeCloseTo(10, 12);
  });
});

describe('boundsOf', () => {
  it('gives [[south, west], [north, east]] of the points', () => {
    expect(boundsOf([STADE_DE_FRANCE, COLISEUM, [60, -40]])).toEqual([
      [34.01414, -118.28786],
      [60, 2.36014],
    ]);
  });

  it('of one point is that point at both corners', () => {
    expect(boundsOf([COLISEUM])).toEqual([COLISEUM, COLISEUM]);
  });

  it('of the Paris-Los Angeles arc reaches the arc’s northernmost point', () => {
    const arc = greatCircleArc(STADE_DE_FRANCE, COLISEUM);
    const [[south], [north]] = boundsOf(arc);
    expect(north).toBe(Math.max(...arc.map(([lat]) => lat)));
    expect(south).toBe(COLISEUM[0]);
  });
});
