import { describe, expect, it } from 'vitest';
import { coastRuns, decodeLine, prepareCity, type CityFile } from './city-decode';
import type { LonLatBox } from './tiles';

describe('decodeLine', () => {
  it('adds up the deltas from the first absolute point', () => {
    expect(decodeLine([100, 200, 5, -3, -1, 1])).toEqual([[100, 200], [105, 197], [104, 198]]);
  });
});

describe('coastRuns', () => {
  const box: LonLatBox = [0, 0, 10, 10];
  it('keeps a ring that never touches the box whole, closed', () => {
    expect(coastRuns([[1, 1], [2, 1], [2, 2]], box)).toEqual([[[1, 1], [2, 1], [2, 2], [1, 1]]]);
  });

  it('leaves out the cuts along the box, which are not coast', () => {
    // Land in the box's bottom-left corner: its left and bottom sides are cuts.
    const ring = [[0, 0], [5, 0], [5, 3], [3, 5], [0, 5]];
    expect(coastRuns(ring, box)).toEqual([[[5, 0], [5, 3], [3, 5], [0, 5]]]);
  });
});

describe('prepareCity', () => {
  const file: CityFile = {
    source: 'test',
    scale: 10,
    box: [0, 0, 1, 1],
    land: [[0, 0, 10, 0, 0, 5, -10, 0]],
    majorRivers: [[1, 1, 5, 5]],
    minorRivers: [],
    motorways: [],
  };

  it('projects the box to world units, north-west corner first', () => {
    const { box } = prepareCity(file);
    expect(box[0]).toBeCloseTo(0.5);
    expect(box[2]).toBeCloseTo(0.5 + 1 / 360);
    expect(box[1]).toBeLessThan(box[3]);
  });

  it('fills the land and strokes only its coast and the rivers', () => {
    const city = prepareCity(file);
    expect(city.land).toHaveLength(1);
    // Of the 4 sides, the three on the box (bottom, left, right) are cuts.
    expect(city.coast.map((p) => p.xy.length / 2)).toEqual([2]);
    expect(city.majorRivers).toHaveLength(1);
  });
});
