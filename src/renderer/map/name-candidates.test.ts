import { describe, expect, it } from 'vitest';
import type { CityNames } from './basemap/city-file';
import type { NamingPolicy } from './basemap/city-layers';
import { NAMING_POLICY } from './basemap/city-layers';
import { overlap, type Box } from './city-name-layout';
import { nameCandidates, type NameView } from './name-candidates';

const policy: NamingPolicy = {
  places: {
    source: 'place',
    fromZoom: 12,
    classes: { city: { zoom: 9, rank: 0 }, town: { zoom: 10.5, rank: 1 }, suburb: { zoom: 11.5, rank: 2 } },
    known: { names: ['Hollywood'], as: 'town', rank: 0 },
  },
  roads: { source: 'transportation_name', classes: ['motorway'], numbers: '^A', everyMetres: 2500, zoom: 10.5, rank: 0.5, max: 2 },
  most: [
    [0, 3],
    [11.5, 6],
  ],
  gap: 4,
};
const box: Box = { x0: 0, y0: 0, x1: 1000, y1: 600 };
/** Places are given at [y, x]: the view projects [lat, lon] to [lon, lat]. */
const view = (zoom: number): NameView => ({ zoom, box, project: ([a, b]) => [b, a] });
/** 10 px a letter, 20 high. */
const measure = (text: string): readonly [number, number] => [text.length * 10, 20];
const city = (places: [string, string, number, number][], roads: Record<string, [number, number][]> = {}): CityNames => ({
  places: places.map(([name, kind, y, x]) => ({ name, kind, at: [y, x] })),
  roads,
});
const none = { boxes: [], texts: [] };
const texts = (placed: { text: string }[]) => placed.map((p) => p.text).sort();

describe('nameCandidates', () => {
  const paris = city([
    ['Paris', 'city', 300, 500],
    ['Saint-Denis', 'town', 100, 500],
    ['La Plaine', 'suburb', 500, 200],
  ]);

  it('writes each class of place from its own zoom on', () => {
    expect(texts(nameCandidates(view(10), [paris], policy, none, measure))).toEqual(['Paris']);
    expect(texts(nameCandidates(view(11), [paris], policy, none, measure))).toEqual(['Paris', 'Saint-Denis']);
    expect(texts(nameCandidates(view(12), [paris], policy, none, measure))).toEqual(['La Plaine', 'Paris', 'Saint-Denis']);
  });

  it('does not write a name the story already writes', () => {
    const placed = nameCandidates(view(12), [paris], policy, { boxes: [], texts: ['saint-denis '] }, measure);
    expect(texts(placed)).toEqual(['La Plaine', 'Paris']);
  });

  it('moves a name beside its point when the point is covered, and drops it when all round is', () => {
    const label: Box = { x0: 450, y0: 296, x1: 550, y1: 304 };
    const [paris1] = nameCandidates(view(9), [paris], policy, { boxes: [label], texts: [] }, measure);
    expect(paris1!.at).not.toEqual([500, 300]);
    expect(overlap(paris1!.box, label)).toBe(false);
    const everywhere: Box = { x0: 300, y0: 200, x1: 700, y1: 400 };
    expect(nameCandidates(view(9), [paris], policy, { boxes: [everywhere], texts: [] }, measure)).toEqual([]);
  });

  it('sizes each name by its own text', () => {
    // Room for 120 px round the point: a short name fits, a long one nowhere near it.
    const room = {
      boxes: [
        { x0: 0, y0: 0, x1: 440, y1: 600 },
        { x0: 560, y0: 0, x1: 1000, y1: 600 },
        { x0: 440, y0: 0, x1: 560, y1: 270 },
        { x0: 440, y0: 330, x1: 560, y1: 600 },
      ],
      texts: [],
    };
    const one = (name: string) => texts(nameCandidates(view(9), [city([[name, 'city', 300, 500]])], policy, room, measure));
    expect(one('Issy')).toEqual(['Issy']);
    expect(one('Boulogne-Billancourt')).toEqual([]);
  });

  it('writes a known district as a town from a town’s zoom, ranked with the cities', () => {
    const la = city([
      ['Los Angeles', 'city', 100, 500],
      ['Hollywood', 'suburb', 300, 500],
      ['Inglewood', 'town', 300, 500],
    ]);
    expect(texts(nameCandidates(view(10), [la], policy, none, measure))).toEqual(['Los Angeles']);
    const placed = nameCandidates(view(11), [la], policy, none, measure);
    // The district and the town on one point: the district goes first, on it, in a town's style.
    expect(placed.find((p) => p.text === 'Hollywood')).toMatchObject({ kind: 'town', at: [500, 300] });
    expect(placed.find((p) => p.text === 'Inglewood')?.at).not.toEqual([500, 300]);
  });

  it('writes road numbers from their zoom, each once, nearest the centre, and at most so many', () => {
    const roads = city([], {
      A1: [
        [100, 100],
        [300, 520],
      ],
      A3: [[50, 900]],
      A86: [[550, 100]],
    });
    expect(nameCandidates(view(10), [roads], policy, none, measure)).toEqual([]);
    const placed = nameCandidates(view(11), [roads], policy, none, measure);
    expect(placed).toHaveLength(2);
    expect(placed.find((p) => p.text === 'A1')?.at).toEqual([520, 300]);
  });

  it('writes at most the policy’s count of names for the zoom', () => {
    const many = city(Array.from({ length: 20 }, (_, i): [string, string, number, number] => [`Town ${i}`, 'town', 50 + 25 * i, (i % 2) * 400 + 200]));
    expect(nameCandidates(view(11), [many], policy, none, measure)).toHaveLength(3);
    expect(nameCandidates(view(12), [many], policy, none, measure)).toHaveLength(6);
  });

  it('follows the layer table’s own policy: no district at a town’s zoom, districts closer in', () => {
    const paris12 = nameCandidates(view(12), [paris], NAMING_POLICY, none, measure);
    expect(texts(paris12)).toEqual(['La Plaine', 'Paris', 'Saint-Denis']);
    expect(texts(nameCandidates(view(11), [paris], NAMING_POLICY, none, measure))).toEqual(['Paris', 'Saint-Denis']);
  });
});
