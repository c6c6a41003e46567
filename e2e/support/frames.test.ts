import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { colourShare, decodePng, hexToRgb, oceanWhereRestIsLand, paleShare, viewWarp, type Frame } from './frames';

const OCEAN = hexToRgb('#0c2033');
const LAND = hexToRgb('#1d3a56');

/** A 4x1 frame from four colours. */
function frameOf(...pixels: (readonly [number, number, number])[]): Frame {
  return { width: pixels.length, height: 1, data: Uint8Array.from(pixels.flatMap(([r, g, b]) => [r, g, b, 255])) };
}

describe('frames', () => {
  it('hexToRgb reads #rrggbb', () => {
    expect(hexToRgb('#f5c542')).toEqual([245, 197, 66]);
  });

  it('colourShare counts pixels within the tolerance of a colour', () => {
    const yellow = hexToRgb('#f5c542');
    expect(colourShare(frameOf(yellow, [250, 200, 60], LAND, OCEAN), yellow, 10)).toBe(0.5);
  });

  it('paleShare counts pixels light in every channel', () => {
    expect(paleShare(frameOf([200, 210, 220], [245, 197, 66], LAND, [110, 120, 130]), 110)).toBe(0.5);
  });

  it('oceanWhereRestIsLand counts sea only where the rest frame has land', () => {
    const rest = frameOf(LAND, LAND, OCEAN, OCEAN);
    expect(oceanWhereRestIsLand(frameOf(OCEAN, LAND, OCEAN, LAND), rest, OCEAN, 4)).toBe(0.5);
    expect(oceanWhereRestIsLand(frameOf(OCEAN, OCEAN, OCEAN, OCEAN), frameOf(OCEAN, OCEAN, OCEAN, OCEAN), OCEAN, 4)).toBe(0);
  });

  it('oceanWhereRestIsLand compares place by place through a warp', () => {
    const rest = frameOf(LAND, LAND, OCEAN, OCEAN);
    // The frame is the rest frame moved one pixel left: its pixel x shows what rest shows at x + 1.
    const shifted = frameOf(LAND, OCEAN, OCEAN, OCEAN);
    expect(oceanWhereRestIsLand(shifted, rest, OCEAN, 4, (x, y) => [x + 1, y])).toBe(0);
    expect(oceanWhereRestIsLand(shifted, rest, OCEAN, 4)).toBe(0.5);
  });

  it('viewWarp maps the centre to the centre and scales by the zoom difference', () => {
    const paris = { lat: 48.86, lng: 2.35, zoom: 10 };
    const warp = viewWarp({ ...paris, zoom: 9 }, paris, { width: 100, height: 50 }, 1);
    expect(warp(50, 25)).toEqual([50, 25]);
    expect(warp(60, 25)).toEqual([70, 25]);
    // One CSS pixel east at zoom 10 is 360 / (256 * 2^10) degrees.
    const [x] = viewWarp({ ...paris, lng: paris.lng + 360 / (256 * 1024) }, paris, { width: 100, height: 50 }, 0.5)(50, 25);
    expect(x).toBeCloseTo(50.5, 6);
  });

  it('decodePng reads what pngjs wrote', () => {
    const png = new PNG({ width: 1, height: 1 });
    png.data.set([12, 32, 51, 255]);
    expect([...decodePng(PNG.sync.write(png)).data]).toEqual([12, 32, 51, 255]);
  });
});
