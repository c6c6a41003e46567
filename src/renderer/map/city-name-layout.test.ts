import { describe, expect, it } from 'vitest';
import { layoutNames, overlap, type Box, type NameCandidate } from './city-name-layout';

const view: Box = { x0: 0, y0: 0, x1: 1000, y1: 600 };
const name = (text: string, rank: number, ...spots: [number, number][]): NameCandidate => ({ text, rank, spots, width: 100, height: 20 });
const limits = { max: 10, gap: 4 };

describe('layoutNames', () => {
  it('writes the higher-ranked of two names that would overlap', () => {
    const placed = layoutNames([name('District', 2, [500, 300]), name('Town', 1, [520, 305])], [], view, [500, 300], limits);
    expect(placed.map((p) => p.text)).toEqual(['Town']);
  });

  it('keeps names off the story’s labels and the flag’s path, and inside the view', () => {
    const label: Box = { x0: 450, y0: 280, x1: 600, y1: 320 };
    const placed = layoutNames(
      [name('Under the label', 1, [500, 300]), name('Off the edge', 1, [980, 300]), name('Clear', 2, [200, 100])],
      [label],
      view,
      [500, 300],
      limits,
    );
    expect(placed.map((p) => p.text)).toEqual(['Clear']);
  });

  it('writes a road number once, at the first clear spot along the road', () => {
    const road = (spots: [number, number][]): NameCandidate => ({ text: 'A1', rank: 1, spots, width: 40, height: 20, group: 'A1' });
    const blocked: Box = { x0: 90, y0: 90, x1: 110, y1: 110 };
    const placed = layoutNames(
      [
        road([
          [100, 100],
          [300, 100],
        ]),
        road([[500, 500]]),
      ],
      [blocked],
      view,
      [100, 100],
      limits,
    );
    expect(placed.map((p) => p.at)).toEqual([[300, 100]]);
  });

  it('writes at most so many of a kind', () => {
    const roads = ['A1', 'A3', 'A86'].map((text, i): NameCandidate => ({
      text,
      kind: 'road',
      rank: 0,
      spots: [[100 + 200 * i, 100]],
      width: 40,
      height: 20,
      group: text,
    }));
    const placed = layoutNames([...roads, name('Town', 1, [500, 400])], [], view, [0, 0], { ...limits, maxOf: { road: 2 } });
    expect(placed.map((p) => p.text)).toEqual(['A1', 'A3', 'Town']);
  });

  it('never lets two names overlap, and stops at the limit', () => {
    const many = Array.from({ length: 200 }, (_, i) => name(`n${i}`, i % 3, [(i * 37) % 1000, (i * 53) % 600]));
    const placed = layoutNames(many, [], view, [500, 300], { max: 12, gap: 4 });
    expect(placed.length).toBeLessThanOrEqual(12);
    for (const a of placed) for (const b of placed) if (a !== b) expect(overlap(a.box, b.box)).toBe(false);
  });
});
