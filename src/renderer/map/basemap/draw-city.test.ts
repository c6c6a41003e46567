import { describe, expect, it } from 'vitest';
import { CITY_LAYERS, colourOf, widthAt, type CityLayer } from './city-layers';
import { drawCity } from './draw-city';
import { BASEMAP_PALETTE } from './palette';
import { cityMapOf, partsOf, tileOf } from './city.test-support';
import { RecordingContext } from './world.test-support';

const layer = (id: string) => CITY_LAYERS.find((l) => l.id === id)!;
const stadium = tileOf(48.92447, 2.36014, 10);
// A motorway across the tile, a lake in its middle, a tertiary road (drawn from z12 only).
const city = cityMapOf([
  [stadium, { motorways: partsOf([0, 512, 1024, 512]), water: partsOf([400, 400, 600, 400, 600, 600, 400, 600]), 'minor-roads': partsOf([512, 0, 512, 1024]) }],
]);
const styles = (ctx: RecordingContext) => new Set(ctx.segments.map((s) => `${s.op} ${s.style}`));

describe('drawCity', () => {
  it('draws each layer of the table with its colour and width at that zoom', () => {
    const ctx = new RecordingContext();
    expect(drawCity(ctx, city, stadium, 2, BASEMAP_PALETTE)).toBe(2);
    expect(styles(ctx)).toEqual(new Set([`fill ${BASEMAP_PALETTE.ocean}`, `stroke ${layer('motorways').colour}`]));
    const road = ctx.segments.find((s) => s.op === 'stroke')!;
    expect(road.width).toBeCloseTo(widthAt(layer('motorways').width, 10) * 2);
    // 1024 units across a 256 px tile at devicePixelRatio 2.
    expect([road.x0, road.y0, road.x1, road.y1]).toEqual([0, 256, 512, 256]);
  });

  it('draws a closer tile from the coarser data, enlarged, where the file has no tile at that zoom', () => {
    const ctx = new RecordingContext();
    // The second z12 tile down the z10 tile's left edge: z10 units 256 to 512 down, four times larger.
    drawCity(ctx, city, { x: stadium.x * 4, y: stadium.y * 4 + 1, z: 12 }, 1, BASEMAP_PALETTE);
    const road = ctx.segments.find((s) => s.style === layer('motorways').colour)!;
    expect([road.y0, road.y1]).toEqual([256, 256]);
    expect(road.x1 - road.x0).toBe(1024);
    // A layer drawn from z12 only has no z10 data to enlarge.
    expect(styles(ctx).has(`stroke ${layer('minor-roads').colour}`)).toBe(false);
  });

  it('draws nothing on a tile away from the city', () => {
    const ctx = new RecordingContext();
    expect(drawCity(ctx, city, tileOf(40, -40, 10), 1, BASEMAP_PALETTE)).toBe(0);
    expect(ctx.segments).toEqual([]);
  });

  it('takes a new layer as one entry: tram lines from z12', () => {
    const tram: CityLayer = {
      id: 'trams',
      source: 'transportation',
      classes: ['tram'],
      zooms: [12, 14],
      kind: 'line',
      colour: 'rgba(1, 2, 3, 0.5)',
      width: [
        [12, 1],
        [14, 2],
      ],
    };
    const z12 = tileOf(48.92447, 2.36014, 12);
    const withTrams = cityMapOf([[z12, { trams: partsOf([0, 10, 1024, 10]) }]]);
    const ctx = new RecordingContext();
    drawCity(ctx, withTrams, z12, 1, BASEMAP_PALETTE, [...CITY_LAYERS, tram]);
    expect(styles(ctx)).toEqual(new Set(['stroke rgba(1, 2, 3, 0.5)']));
    expect(drawCity(new RecordingContext(), withTrams, { ...z12, x: z12.x >> 1, y: z12.y >> 1, z: 11 }, 1, BASEMAP_PALETTE, [...CITY_LAYERS, tram])).toBe(0);
  });

  it('paints the sea over a coast tile before its land', () => {
    const ctx = new RecordingContext();
    const coast = cityMapOf([[stadium, { land: partsOf([0, 0, 1024, 0, 1024, 500, 0, 500]) }]]);
    drawCity(ctx, coast, stadium, 1, BASEMAP_PALETTE);
    expect(ctx.rects).toEqual([BASEMAP_PALETTE.ocean]);
    expect(styles(ctx)).toEqual(new Set([`fill ${colourOf('land')}`]));
  });
});
