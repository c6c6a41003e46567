// @vitest-environment happy-dom
/**
 * What leaflet-internals.ts relies on in Leaflet's private GridLayer, run on
 * the real GridLayer (Leaflet 1.9.4, pinned in package.json): if a Leaflet
 * release changes any of it, a test here fails before the map does.
 */
import L from 'leaflet';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StandInGridLayer, tileLevels, tilesInView } from './leaflet-internals';
import { wrapTileX } from './tiles';

/** Leaflet's private GridLayer members the adapter uses, as the tests read them. */
interface Internals {
  _tiles: Record<string, { coords: L.Coords; current?: boolean; active?: boolean; loaded?: number; retain?: boolean; el: HTMLElement }>;
  _levels: Record<number, { el: HTMLElement }>;
  _tileZoom?: number;
  _retainParent(x: number, y: number, z: number, minZoom: number): boolean;
  _retainChildren(x: number, y: number, z: number, maxZoom: number): void;
  _removeTile(key: string): void;
  _pruneTiles(): void;
  _invalidateAll(): void;
}
const internals = (layer: L.GridLayer) => layer as unknown as Internals;

const PARIS = L.latLng(48.86, 2.35);

/** A map of 512x256 CSS pixels (happy-dom has no layout), at `zoom` over Paris. */
function mapAt(zoom: number, size = L.point(512, 256)): L.Map {
  const element = document.createElement('div');
  document.body.append(element);
  const map = L.map(element, { fadeAnimation: false, zoomAnimation: false, zoomSnap: 0.25, minZoom: 1, maxZoom: 14 });
  vi.spyOn(map, 'getSize').mockImplementation(() => size.clone());
  return map.setView(PARIS, zoom, { animate: false });
}

/** `layer` with tiles that are drawn only when the test says so (as the worker's come later). */
function drawnByHand<T extends L.GridLayer>(layer: T) {
  const waiting: (() => void)[] = [];
  const asked: L.Coords[] = [];
  (layer as unknown as { createTile(coords: L.Coords, done: L.DoneCallback): HTMLElement }).createTile = (coords, done) => {
    const el = document.createElement('canvas');
    asked.push(coords);
    waiting.push(() => done(undefined, el));
    return el;
  };
  return { layer, asked, drawAll: () => waiting.splice(0).forEach((draw) => draw()) };
}

const zoomsOf = (layer: L.GridLayer) => [...new Set(Object.values(internals(layer)._tiles).map((t) => t.coords.z))].sort((a, b) => a - b);

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

/** A basemap-like layer over Paris at `zoom`, its first tiles drawn. */
function drawnAt<T extends L.GridLayer>(layer: T, zoom: number) {
  const map = mapAt(zoom);
  const hand = drawnByHand(layer);
  layer.addTo(map);
  hand.drawAll();
  return { map, ...hand };
}

/** Jumps (setView without animation, as a chapter with no leg does) to Paris at `zoom`. */
const jump = (map: L.Map, zoom: number) => map.setView(PARIS, zoom, { animate: false });

describe('Leaflet 1.9’s GridLayer, as leaflet-internals.ts relies on it', () => {
  it('keeps its tiles by "x:y:z", each with coords, current, loaded and active; its levels by zoom, each with its element; _tileZoom is the view’s', () => {
    const { layer } = drawnAt(L.gridLayer(), 5);
    const { _tiles: tiles, _levels: levels, _tileZoom: tileZoom } = internals(layer);
    expect(tileZoom).toBe(5);
    const [key, tile] = Object.entries(tiles)[0]!;
    expect(key).toBe(`${tile.coords.x}:${tile.coords.y}:${tile.coords.z}`);
    expect(tile).toMatchObject({ current: true, active: true, loaded: expect.any(Number) });
    expect(levels[5]!.el.contains(tile.el)).toBe(true);
    expect(tileLevels(layer)).toEqual({ levels: [{ zoom: 5, el: levels[5]!.el }], tileZoom: 5 });
  });

  it('asks for exactly the tiles tilesInView lists, at whole and fractional zooms, across the antimeridian', () => {
    const views: [L.LatLng, number, L.Point][] = [
      [PARIS, 11, L.point(512, 256)],
      [L.latLng(34.01, -118.29), 11.25, L.point(1920, 1080)],
      [L.latLng(40, -170), 3.5, L.point(1920, 1080)],
      // And a spread of others, so that rounding at a tile's edge would show.
      ...Array.from({ length: 8 }, (_, i): [L.LatLng, number, L.Point] => [
        L.latLng(-60 + i * 15.8, -179 + i * 46.6),
        1.5 + i * 1.5,
        L.point(1366 + i, 768 + 3 * i),
      ]),
    ];
    // Leaflet snaps zooms to whole ones where it finds no CSS 3D transforms (happy-dom): say there are.
    vi.spyOn(L.Browser, 'any3d', 'get').mockReturnValue(true);
    for (const [center, zoom, size] of views) {
      const map = mapAt(zoom, size).setView(center, zoom, { animate: false });
      expect(map.getZoom()).toBe(zoom);
      const { layer, asked } = drawnByHand(L.gridLayer());
      layer.addTo(map);
      const { z, min, max } = tilesInView(map, center, zoom);
      const listed: string[] = [];
      for (let y = Math.max(0, min.y); y <= Math.min(max.y, 2 ** z - 1); y++) {
        for (let x = min.x; x <= max.x; x++) listed.push(`${wrapTileX(x, z)}:${y}:${z}`);
      }
      expect(asked.map(({ x, y, z }) => `${x}:${y}:${z}`).sort(), `at ${center} z${zoom}`).toEqual(listed.sort());
    }
  });

  it('drops every tile at a jump through _invalidateAll, called on viewprereset', () => {
    const map = mapAt(5);
    const { layer, drawAll } = drawnByHand(L.gridLayer());
    const invalidate = vi.spyOn(internals(layer), '_invalidateAll');
    layer.addTo(map);
    drawAll();
    jump(map, 6);
    expect(invalidate).toHaveBeenCalledOnce();
    expect(zoomsOf(layer)).toEqual([6]);
  });

  it('prunes by asking _retainParent(x, y, z, z - 5) about each tile in view still being drawn, and _retainChildren(x, y, z, z + 2) only when it answers false', () => {
    const map = mapAt(5);
    const { layer } = drawnByHand(L.gridLayer());
    const parent = vi.spyOn(internals(layer), '_retainParent').mockReturnValue(false);
    const children = vi.spyOn(internals(layer), '_retainChildren');
    layer.addTo(map);
    const waiting = Object.values(internals(layer)._tiles).map((t) => t.coords);
    expect(waiting.length).toBeGreaterThan(0);
    for (const { x, y } of waiting) {
      expect(parent).toHaveBeenCalledWith(x, y, 5, 0);
      expect(children).toHaveBeenCalledWith(x, y, 5, 7);
    }
    parent.mockClear().mockReturnValue(true);
    children.mockClear();
    internals(layer)._pruneTiles();
    expect(parent).toHaveBeenCalledTimes(waiting.length);
    expect(children).not.toHaveBeenCalled();
  });

  it('prunes by removing each tile it does not retain through _removeTile, which fires tileunload with the tile', () => {
    const map = mapAt(5);
    const { layer, drawAll } = drawnByHand(L.gridLayer());
    vi.spyOn(internals(layer), '_invalidateAll').mockImplementation(() => {});
    layer.addTo(map);
    drawAll();
    jump(map, 6);
    // The drawn parents of the new view's tiles, kept while these are drawn.
    const old = Object.entries(internals(layer)._tiles)
      .filter(([, { coords }]) => coords.z === 5)
      .map(([key, { el }]) => ({ key, el }));
    expect(old.length).toBeGreaterThan(0);
    const removed = vi.spyOn(internals(layer), '_removeTile');
    const unloaded: HTMLElement[] = [];
    layer.on('tileunload', ({ tile }) => unloaded.push(tile));
    drawAll();
    expect(removed.mock.calls.map(([key]) => key).sort()).toEqual(old.map(({ key }) => key).sort());
    expect(unloaded.sort()).toEqual(old.map(({ el }) => el).sort());
    expect(zoomsOf(layer)).toEqual([6]);
  });
});

describe('StandInGridLayer', () => {
  const standIn = () => new StandInGridLayer({}, 4);

  it('through a jump of 7 zoom levels, keeps the tiles drawn until the new view’s are drawn, then lets them go', () => {
    const { map, layer, drawAll } = drawnAt(standIn(), 5);
    jump(map, 12);
    expect(zoomsOf(layer)).toEqual([5, 12]);
    drawAll();
    expect(zoomsOf(layer)).toEqual([12]);
  });

  it('keeps the underlay’s tiles (zoom 4 and out) through Leaflet’s prunes, and removes them outside one', () => {
    const { map, layer, drawAll } = drawnAt(standIn(), 4);
    jump(map, 12);
    drawAll();
    expect(zoomsOf(layer)).toEqual([4, 12]);
    for (const [key, tile] of Object.entries(internals(layer)._tiles)) if (tile.coords.z === 4) internals(layer)._removeTile(key);
    expect(zoomsOf(layer)).toEqual([12]);
  });

  /** Tile (x, y) at zoom 12 with one drawn ancestor at `key`: what _retainParent answers, and whether it kept the ancestor. */
  const retainFrom = (x: number, y: number, key: string) => {
    const layer = internals(standIn());
    const ancestor = { active: true, loaded: 1, retain: false } as Internals['_tiles'][string];
    layer._tiles = { [key]: ancestor };
    return { found: layer._retainParent(x, y, 12, 7), kept: ancestor.retain };
  };

  it('keeps a drawn ancestor of a tile being drawn, even more than 5 levels up (a flight spans ~9)', () => {
    // Tile (1200, 1600) at zoom 12 lies in tile (9, 12) at zoom 5, seven levels up; Leaflet would look 5.
    expect(retainFrom(1200, 1600, '9:12:5')).toEqual({ found: true, kept: true });
  });

  it('keeps an ancestor from the underlay (zoom 4 and out) but answers none, so Leaflet keeps the finer tiles too', () => {
    expect(retainFrom(600, 800, '2:3:4')).toEqual({ found: false, kept: true });
  });

  it('keeps the underlay’s tiles when Leaflet prunes, and only then', () => {
    const map = mapAt(9);
    const layer = internals(standIn().addTo(map));
    const tile = (z: number) => ({ coords: Object.assign(L.point(1, 1), { z }), active: true, current: false, el: document.createElement('canvas') });
    layer._tiles = { '1:1:4': tile(4), '1:1:9': tile(9) };
    layer._pruneTiles();
    expect(Object.keys(layer._tiles)).toEqual(['1:1:4']);
    layer._removeTile('1:1:4');
    expect(Object.keys(layer._tiles)).toEqual([]);
  });

  it('keeps the tiles it has when the view jumps (Leaflet would drop them all and show bare sea until the new ones are drawn)', () => {
    const map = mapAt(1);
    const layer = internals(drawnByHand(standIn()).layer.addTo(map));
    const tiles = Object.keys(layer._tiles);
    const levels = Object.keys(layer._levels);
    expect(levels.length).toBeGreaterThan(0);
    layer._tiles['1:1:2'] = { coords: Object.assign(L.point(1, 1), { z: 2 }), current: true, active: true, el: document.createElement('canvas') };
    map.fire('viewprereset');
    expect(Object.keys(layer._tiles)).toEqual([...tiles, '1:1:2']);
    expect(Object.keys(layer._levels)).toEqual(levels);
  });
});
