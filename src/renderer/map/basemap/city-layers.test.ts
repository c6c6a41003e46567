import { describe, expect, it } from 'vitest';
import { PALETTE } from '@shared/palette';
import { CITY_LAYERS, colourOf, dataZoomFor, drawnAt, widthAt } from './city-layers';
import { parseCityLayers } from './city-layers-schema.mjs';
import table from './city-layers.json';

/** The committed table with one change made by `edit`, parsed. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the test breaks the table on purpose, in ways its type forbids
const parsedWith = (edit: (copy: any) => void) => () => {
  const copy = structuredClone(table);
  edit(copy);
  return parseCityLayers(copy);
};

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
    const stops = [
      [9, 1],
      [12, 2],
      [14, 4],
    ] as const;
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

  it('reads the committed table whole: every field it holds is one the schema knows', () => {
    expect(() => parseCityLayers(table)).not.toThrow();
  });

  it('fails on a broken entry, naming the entry and its field', () => {
    expect(parsedWith((t) => (t.layers[3].zooms = ['10', 14]))).toThrow(/city-layers\.json at layers\[3\] \("parks"\)\.zooms\[0\]: .*number/);
    expect(parsedWith((t) => (t.layers[4].zooms = [12, 11]))).toThrow(/layers\[4\] \("park-areas"\)\.zooms: expected zooms as \[from, to\]/);
    expect(parsedWith((t) => delete t.layers[8].width)).toThrow(/layers\[8\] \("rivers"\)\.width: expected a width by zoom/);
    expect(parsedWith((t) => (t.layers[1].kind = 'area'))).toThrow(/layers\[1\] \("built-up"\)\.kind/);
    expect(parsedWith((t) => (t.layers[11].exclude = { brunnel: 'tunnel' }))).toThrow(/layers\[11\] \("railways"\)\.exclude\.brunnel/);
    expect(parsedWith((t) => (t.layers[17].near = [[48.9, 200]]))).toThrow(/layers\[17\] \("landmarks"\)\.near\[0\]\[1\]/);
    expect(parsedWith((t) => (t.layers[2].id = 'built-up'))).toThrow(/layers\[2\] \("built-up"\)\.id: expected a unique id/);
  });

  it('fails on a field no code reads, and on a naming policy missing a part', () => {
    expect(parsedWith((t) => (t.layers[0].colur = 'red'))).toThrow(/layers\[0\] \("land"\): .*colur/);
    expect(parsedWith((t) => (t.labels.roads.fromZoom = 12))).toThrow(/labels\.roads: .*fromZoom/);
    expect(parsedWith((t) => delete t.labels.roads.max)).toThrow(/labels\.roads\.max/);
    expect(parsedWith((t) => (t.labels.places.classes.town = 10.5))).toThrow(/labels\.places\.classes\.town/);
    expect(parsedWith((t) => (t.labels.roads.numbers = '^(A'))).toThrow(/labels\.roads\.numbers: expected a regular expression/);
  });
});
