import { describe, expect, it } from 'vitest';
import { CITY_MIN_ZOOM, citiesForTile } from './city-regions';
import { tileOf } from './city-test-support';

describe('citiesForTile', () => {
  it('names the city a close-up tile falls in', () => {
    expect(citiesForTile(tileOf(48.92447, 2.36014, 10))).toEqual(['paris']);
    expect(citiesForTile(tileOf(33.762, -118.189, 12))).toEqual(['la']);
  });

  it('asks for no city data when zoomed out or away from the cities', () => {
    expect(citiesForTile(tileOf(48.92447, 2.36014, CITY_MIN_ZOOM - 1))).toEqual([]);
    expect(citiesForTile(tileOf(40, -40, 12))).toEqual([]);
  });
});
