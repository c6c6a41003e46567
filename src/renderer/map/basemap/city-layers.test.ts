import { describe, expect, it } from 'vitest';
import { PALETTE } from '@shared/palette';
import { CITY_LAYERS, colourOf, dataZoomFor, drawnAt, widthAt } from './city-layers';

describe('the city layer table', () => {
  it('names each layer once, with a zoom range inside the city zooms', () => {
    expect(new Set(CITY_LAYERS.map((l) => l.id)).size).toBe(CITY_LAYERS.length);
    for (const l of CITY_LAYERS) {
      expect(l.zooms[0], l.id).toBeGreaterThanOrEqual(9);
      expect(l.zooms[1], l.id).toBeGreaterThanOrEqual(l.zooms[0]);
      expect(l.dataTo ?? l.zooms[1], l.id).toBeGreaterThanOrEqual(l.zooms[0]);
    }
  });

  it('gives every line a width by zoom, and draws all water in the ocean’s colour', () => {
    for (const l of CITY_LAYERS.filter((l) => l.kind === 'line')) expect(l.width?.length, l.id).toBeGreaterThan(0);
    for (const l of CITY_LAYERS.filter((l) => ['water', 'waterway'].includes(l.source))) expect(colourOf(l.colour), l.id).toBe(PALETTE.ocean);
  });

  it('draws water and parks under the roads, and the landmarks last', () => {
    const at = (id: string) => CITY_LAYERS.findIndex((l) => l.id === id);
    expect(at('water')).toBeLessThan(at('motorways'));
    expect(at('parks')).toBeLessThan(at('main-roads'));
    expect(at('landmarks')).toBe(CITY_LAYERS.length - 1);
  });

  it('widens roads gently with zoom', () => {
    const stops = [[9, 1], [12, 2], [14, 4]] as const;
    expect(widthAt(stops, 8)).toBe(1);
    expect(widthAt(stops, 10.5)).toBeCloseTo(1.5);
    expect(widthAt(stops, 13)).toBe(3);
    expect(widthAt(stops, 16)).toBe(4);
  });

  it('draws a layer only in its zooms, from the closest data it keeps', () => {
    const woods = CITY_LAYERS.find((l) => l.id === 'woods')!;
    expect(drawnAt(woods, 8)).toBe(false);
    expect(drawnAt(woods, 14)).toBe(true);
    expect(dataZoomFor(woods, 14)).toBe(woods.dataTo);
    expect(dataZoomFor(woods, 10)).toBe(10);
  });
});
