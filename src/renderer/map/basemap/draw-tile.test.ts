import { beforeAll, describe, expect, it } from 'vitest';
import { CITY_LAYERS } from './city-layers';
import { CITY_STRENGTH_BY_ZOOM, drawTile, type TileLayers } from './draw-tile';
import type { DatasetId } from './lod';
import { BASEMAP_PALETTE } from './palette';
import type { PreparedDataset } from './prepare';
import { cityMapOf, partsOf, tileOf } from './city.test-support';
import { RecordingContext, loadForTest, type Segment } from './world.test-support';

const sets = new Map<DatasetId, PreparedDataset>();
beforeAll(async () => {
  for (const id of ['110m', '50m', '10m'] as const) sets.set(id, await loadForTest(id));
}, 60_000);

const layersOf = (land: DatasetId, borders: DatasetId): TileLayers => {
  const l = sets.get(land)!;
  return { land: l.land, coast: l.coast, borders: sets.get(borders)!.borders };
};

function draw(layers: TileLayers, coords: { x: number; y: number; z: number }, dpr = 1) {
  const ctx = new RecordingContext();
  drawTile(ctx, layers, coords, dpr, BASEMAP_PALETTE);
  return ctx;
}

/** Does any part of the segment fall inside the canvas (not only on or beyond its edge)? */
function visible(s: Segment, size: number): boolean {
  const [x0, x1] = [Math.min(s.x0, s.x1), Math.max(s.x0, s.x1)];
  const [y0, y1] = [Math.min(s.y0, s.y1), Math.max(s.y0, s.y1)];
  return x1 > 0 && x0 < size && y1 > 0 && y0 < size;
}

describe('the antimeridian', () => {
  for (const id of ['110m', '50m'] as const) {
    for (const z of [0, 1]) {
      it(`draws no stripe across the world: ${id} at z${z}`, () => {
        const world = 256 * 2 ** z;
        let count = 0;
        for (let x = 0; x < 2 ** z; x++) {
          for (let y = 0; y < 2 ** z; y++) {
            const ctx = draw(layersOf(id, id), { x, y, z });
            // A stripe is a visible segment more than half the world wide.
            const stripes = ctx.segments.filter((s) => visible(s, 256) && Math.abs(s.x1 - s.x0) >= world / 2);
            expect(stripes).toEqual([]);
            expect(ctx.segments.every((s) => [s.x0, s.y0, s.x1, s.y1].every(Number.isFinite))).toBe(true);
            count += ctx.segments.length;
          }
        }
        expect(count).toBeGreaterThan(1000);
      });
    }
  }
});

describe('what a tile shows', () => {
  const landSegments = (ctx: RecordingContext) => ctx.segments.filter((s) => s.style === BASEMAP_PALETTE.land);

  it('paints the ocean under everything', () => {
    expect(draw(layersOf('110m', '110m'), { x: 0, y: 0, z: 0 }).rects).toEqual([BASEMAP_PALETTE.ocean]);
  });

  it('shows no land far out in the Pacific at z6, and land in Paris', () => {
    const layers = layersOf('10m', '50m');
    const pacific = draw(layers, tileOf(20, -135, 6));
    expect(pacific.segments).toEqual([]);
    expect(pacific.rects).toEqual([BASEMAP_PALETTE.ocean]);
    for (const z of [6, 10, 14]) expect(landSegments(draw(layers, tileOf(48.8566, 2.3522, z))).length).toBeGreaterThan(0);
  });

  it("draws the LA coast at z9 from 10m data, and a border near the Stade de France's tile at z6", () => {
    const layers = layersOf('10m', '50m');
    const la = draw(layers, tileOf(33.9, -118.4, 9));
    expect(la.segments.filter((s) => s.style === BASEMAP_PALETTE.coast).length).toBeGreaterThan(20);
    const belgium = draw(layers, tileOf(50.5, 4.5, 6));
    expect(belgium.segments.some((s) => s.style === BASEMAP_PALETTE.border)).toBe(true);
  });

  it('draws land on both sides of the antimeridian', () => {
    const cases = [
      // Eurasia is one ring across 180° in 110m and 50m: Chukotka, Moscow and Paris are all on it.
      ['50m', 65.5, -175, 7],
      ['50m', 55.75, 37.6, 5],
      ['50m', 48.86, 2.35, 5],
      ['110m', 55.75, 37.6, 3],
      ['110m', 48.86, 2.35, 3],
      // Wrangel Island, one small ring across 180° in 10m; Fiji on both sides.
      ['10m', 71.2, -178.9, 9],
      ['10m', 66, 175, 6],
      ['10m', -17.8, 178, 6],
      ['10m', -16.8, -179.9, 6],
    ] as const;
    for (const [id, lat, lng, z] of cases) {
      const layers = layersOf(id, '50m');
      expect(landSegments(draw(layers, tileOf(lat, lng, z))).length, `${id} ${lat}, ${lng}`).toBeGreaterThan(0);
    }
  });

  it('scales with devicePixelRatio', () => {
    const at = (dpr: number) => draw(layersOf('50m', '50m'), tileOf(48.8566, 2.3522, 4), dpr).segments;
    const one = at(1);
    const two = at(2);
    expect(two.length).toBe(one.length);
    expect(two[5]!.x0).toBeCloseTo(one[5]!.x0 * 2, 9);
  });
});

describe('a city at its coarsest zoom', () => {
  /** A tile context that records how strongly each layer is laid over it. */
  class LayeringContext extends RecordingContext {
    globalAlpha = 1;
    readonly laidOver: number[] = [];
    drawImage(): void {
      this.laidOver.push(this.globalAlpha);
    }
  }
  const fadeLayer = () => {
    const ctx = new RecordingContext() as RecordingContext & { clearRect(): void; save(): void; restore(): void };
    Object.assign(ctx, {
      clearRect() {},
      save() {},
      restore() {},
      setTransform() {},
      createRadialGradient: () => ({ addColorStop() {} }),
      globalCompositeOperation: 'source-over',
    });
    return { ctx: ctx as never, canvas: {} as CanvasImageSource };
  };
  const motorwayAt = (z: number) => {
    const coords = tileOf(48.92447, 2.36014, z);
    return { coords, layers: { ...layersOf('10m', '10m'), cities: [cityMapOf([[coords, { motorways: partsOf([0, 512, 1024, 512]) }]])] } };
  };

  it('comes in half-strong at zoom 9, where a flight in sees more than its data, so its edge is no patch', () => {
    const { coords, layers } = motorwayAt(9);
    const ctx = new LayeringContext();
    drawTile(ctx, layers, coords, 1, BASEMAP_PALETTE, fadeLayer());
    expect(ctx.laidOver).toEqual([CITY_STRENGTH_BY_ZOOM[9]]);
    expect(CITY_STRENGTH_BY_ZOOM[9]).toBeLessThan(1);
    expect(ctx.globalAlpha).toBe(1);
  });

  it('is drawn whole, straight onto the tile, from zoom 10', () => {
    const { coords, layers } = motorwayAt(10);
    const ctx = new LayeringContext();
    drawTile(ctx, layers, coords, 1, BASEMAP_PALETTE, fadeLayer());
    expect(ctx.laidOver).toEqual([]);
    expect(ctx.segments.some((s) => s.op === 'stroke' && s.style === CITY_LAYERS.find((l) => l.id === 'motorways')!.colour)).toBe(true);
  });
});
