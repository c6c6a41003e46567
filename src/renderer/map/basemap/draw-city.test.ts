import { describe, expect, it } from 'vitest';
import { prepareCity, type CityFile } from './city-decode';
import { drawCity, metresPerPixel, riverWidth, roadWidth } from './draw-city';
import { BASEMAP_PALETTE } from './palette';
import { tileOf } from './city-test-support';
import { RecordingContext } from './test-support';

describe('riverWidth', () => {
  const palette = BASEMAP_PALETTE;
  it('draws the Seine to scale at city zooms', () => {
    const z11 = tileOf(48.86, 2.33, 11);
    expect(riverWidth(150, z11, palette)).toBeCloseTo(150 / metresPerPixel(z11));
    expect(metresPerPixel(z11)).toBeGreaterThan(45);
    expect(metresPerPixel(z11)).toBeLessThan(55);
  });

  it('keeps rivers between the palette bounds', () => {
    expect(riverWidth(150, tileOf(48.86, 2.33, 9), palette)).toBe(palette.riverMinWidth);
    expect(riverWidth(150, tileOf(48.86, 2.33, 15), palette)).toBe(palette.riverMaxWidth);
  });
});

describe('roadWidth', () => {
  it('grows gently with zoom, within half and double', () => {
    expect(roadWidth(1, 10)).toBe(1);
    expect(roadWidth(1, 12)).toBeCloseTo(Math.SQRT2);
    expect(roadWidth(1, 18)).toBe(2);
    expect(roadWidth(1, 2)).toBe(0.75);
  });
});

describe('drawCity', () => {
  // A square island in the middle of its box, crossed by a river.
  const file: CityFile = {
    source: 'test',
    scale: 1e5,
    box: [2, 48, 3, 49],
    land: [[220_000, 4_820_000, 60_000, 0, 0, 60_000, -60_000, 0]],
    majorRivers: [[210_000, 4_850_000, 80_000, 0]],
    minorRivers: [],
    motorways: [[200_000, 4_810_000, 100_000, 80_000]],
  };
  const city = prepareCity(file);

  it('paints its own ocean over the box, then land (its seams closed with a land-coloured stroke), river, coast and road', () => {
    const ctx = new RecordingContext();
    const drawn = drawCity(ctx, city, tileOf(48.5, 2.5, 9), 1, BASEMAP_PALETTE);
    expect(drawn).toBeGreaterThan(0);
    expect(ctx.rects).toEqual([BASEMAP_PALETTE.ocean]);
    const styles = new Set(ctx.segments.map((s) => `${s.op} ${s.style}`));
    expect(styles).toEqual(new Set([`fill ${BASEMAP_PALETTE.land}`, `stroke ${BASEMAP_PALETTE.land}`, `stroke ${BASEMAP_PALETTE.river}`, `stroke ${BASEMAP_PALETTE.coast}`, `stroke ${BASEMAP_PALETTE.motorway}`]));
  });

  it('draws nothing on a tile away from the city', () => {
    const ctx = new RecordingContext();
    expect(drawCity(ctx, city, tileOf(40, -40, 9), 1, BASEMAP_PALETTE)).toBe(0);
    expect(ctx.rects).toEqual([]);
    expect(ctx.segments).toEqual([]);
  });
});
