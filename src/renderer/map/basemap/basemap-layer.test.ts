// @vitest-environment happy-dom
import L from 'leaflet';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBasemapLayer } from './basemap-layer';
import { prewarmBasemap } from './worker-client';
import { BASEMAP_PALETTE } from './palette';
import type { FromWorker, ToWorker } from './protocol';

/** Stands in for the worker: records what the layer sends, replies on demand. */
class FakeWorker {
  sent: ToWorker[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(message: ToWorker) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  reply(message: FromWorker) {
    this.onmessage?.({ data: message } as MessageEvent<FromWorker>);
  }
  renders() {
    return this.sent.filter((m): m is Extract<ToWorker, { type: 'render' }> => m.type === 'render');
  }
}

const bitmap = () => ({ close: vi.fn(), width: 256, height: 256 }) as unknown as ImageBitmap;

function setUp() {
  const worker = new FakeWorker();
  const element = document.createElement('div');
  document.body.append(element);
  const map = L.map(element, { center: [0, 0], zoom: 1, fadeAnimation: false });
  const layer = createBasemapLayer({ createWorker: () => worker as unknown as Worker, palette: { land: '#123456' } });
  layer.addTo(map);
  // happy-dom has no layout, so Leaflet sees a 0x0 map: ask for a tile as Leaflet would.
  const createTile = (x: number, y: number, z: number, done: L.DoneCallback) =>
    (layer as unknown as { createTile(c: L.Coords, d: L.DoneCallback): HTMLCanvasElement }).createTile(Object.assign(L.point(x, y), { z }) as L.Coords, done);
  return { worker, map, layer, createTile };
}

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

describe('the basemap layer', () => {
  it('sends the palette, then one render request per tile', () => {
    const { worker, createTile } = setUp();
    expect(worker.sent[0]).toEqual({ type: 'palette', palette: { ...BASEMAP_PALETTE, land: '#123456' } });
    const tile = createTile(1, 0, 1, vi.fn());
    expect(tile.tagName).toBe('CANVAS');
    expect(tile.width).toBe(256 * (window.devicePixelRatio || 1));
    expect(worker.renders().at(-1)).toMatchObject({ coords: { x: 1, y: 0, z: 1 } });
  });

  it('shows a stand-in tile at once and keeps listening for the final one', () => {
    const { worker, createTile } = setUp();
    const done = vi.fn();
    const tile = createTile(0, 0, 7, done);
    const { id } = worker.renders().at(-1)!;
    worker.reply({ type: 'tile', id, bitmap: bitmap(), final: false });
    expect(done).toHaveBeenCalledExactlyOnceWith(undefined, tile);
    worker.reply({ type: 'tile', id, bitmap: bitmap(), final: true });
    expect(done).toHaveBeenCalledTimes(1);
    // Replies after the final one are ignored, their bitmaps freed.
    const late = bitmap();
    worker.reply({ type: 'tile', id, bitmap: late, final: true });
    expect(late.close).toHaveBeenCalled();
  });

  it("says 'drawn' only when no tile waits for its final bitmap", () => {
    const { worker, layer, createTile } = setUp();
    const drawn = vi.fn();
    layer.on('drawn', drawn);
    // Finish whatever Leaflet asked for on its own first.
    for (const { id } of worker.renders()) worker.reply({ type: 'tile', id, bitmap: bitmap(), final: true });
    drawn.mockClear();
    createTile(0, 0, 7, vi.fn());
    createTile(1, 0, 7, vi.fn());
    const [a, b] = worker
      .renders()
      .slice(-2)
      .map((m) => m.id);
    worker.reply({ type: 'tile', id: a!, bitmap: bitmap(), final: false });
    worker.reply({ type: 'tile', id: a!, bitmap: bitmap(), final: true });
    expect(drawn).not.toHaveBeenCalled();
    worker.reply({ type: 'tile', id: b!, bitmap: bitmap(), final: true });
    expect(drawn).toHaveBeenCalledOnce();
  });

  it('cancels the work of a tile Leaflet unloads, and ignores its late bitmap', () => {
    const { worker, layer, createTile } = setUp();
    const done = vi.fn();
    const tile = createTile(0, 0, 1, done);
    const { id } = worker.renders().at(-1)!;
    layer.fire('tileunload', { tile, coords: { x: 0, y: 0, z: 1 } });
    expect(worker.sent.at(-1)).toEqual({ type: 'cancel', id });
    const late = bitmap();
    worker.reply({ type: 'tile', id, bitmap: late, final: true });
    expect(done).not.toHaveBeenCalled();
    expect(late.close).toHaveBeenCalled();
  });

  it('prefetches a view: a tile drawn early is shown at once when Leaflet asks, with no second drawing', async () => {
    const { worker, layer, map, createTile } = setUp();
    vi.spyOn(map, 'getSize').mockReturnValue(L.point(512, 256));
    const before = worker.renders().length;
    layer.prefetch(L.latLng(48.86, 2.35), 11);
    const asked = worker.renders().slice(before);
    expect(asked.length).toBeGreaterThan(1);
    expect(asked.every((m) => m.coords.z === 11)).toBe(true);
    const [first, second] = asked;
    worker.reply({ type: 'tile', id: first!.id, bitmap: bitmap(), final: true });
    const done = vi.fn();
    const tile = createTile(first!.coords.x, first!.coords.y, 11, done);
    expect(worker.renders().length).toBe(before + asked.length);
    await Promise.resolve();
    expect(done).toHaveBeenCalledExactlyOnceWith(undefined, tile);
    // A tile still being drawn is adopted: its bitmap goes to Leaflet's tile.
    const adoptedDone = vi.fn();
    createTile(second!.coords.x, second!.coords.y, 11, adoptedDone);
    expect(worker.renders().length).toBe(before + asked.length);
    worker.reply({ type: 'tile', id: second!.id, bitmap: bitmap(), final: true });
    expect(adoptedDone).toHaveBeenCalledOnce();
  });

  it('shows a prefetched stand-in at once, then the final drawing when it comes', async () => {
    const { worker, layer, map, createTile } = setUp();
    vi.spyOn(map, 'getSize').mockReturnValue(L.point(256, 256));
    layer.prefetch(L.latLng(48.86, 2.35), 11);
    const [first] = worker.renders().filter((m) => m.coords.z === 11);
    const standIn = bitmap();
    worker.reply({ type: 'tile', id: first!.id, bitmap: standIn, final: false });
    const done = vi.fn();
    const tile = createTile(first!.coords.x, first!.coords.y, 11, done);
    await Promise.resolve();
    expect(done).toHaveBeenCalledExactlyOnceWith(undefined, tile);
    worker.reply({ type: 'tile', id: first!.id, bitmap: bitmap(), final: true });
    expect(done).toHaveBeenCalledOnce();
    expect(standIn.close).toHaveBeenCalled();
  });

  it('drops the last prefetch when the next one starts: cancels its work, frees its bitmaps', () => {
    const { worker, layer, map } = setUp();
    vi.spyOn(map, 'getSize').mockReturnValue(L.point(512, 256));
    layer.prefetch(L.latLng(48.86, 2.35), 11);
    const [first, ...rest] = worker.renders().filter((m) => m.coords.z === 11);
    const kept = bitmap();
    worker.reply({ type: 'tile', id: first!.id, bitmap: kept, final: true });
    layer.prefetch(L.latLng(34.05, -118.24), 11);
    expect(kept.close).toHaveBeenCalled();
    const cancelled = worker.sent.filter((m) => m.type === 'cancel').map((m) => m.id);
    expect(cancelled).toEqual(rest.map((m) => m.id));
  });

  it('tells the worker when every tile in view has its final drawing (it then loads what no view needs yet)', () => {
    const { worker, createTile } = setUp();
    createTile(0, 0, 2, vi.fn());
    const [last, ...others] = worker.renders().reverse();
    for (const { id } of others) worker.reply({ type: 'tile', id, bitmap: bitmap(), final: true });
    worker.reply({ type: 'tile', id: last!.id, bitmap: bitmap(), final: false });
    expect(worker.sent.some((m) => m.type === 'drawn')).toBe(false);
    worker.reply({ type: 'tile', id: last!.id, bitmap: bitmap(), final: true });
    expect(worker.sent.at(-1)).toEqual({ type: 'drawn' });
  });

  it('hides the underlay under a wholly drawn view at rest, and shows it while the camera moves', () => {
    const { worker, map, layer, createTile } = setUp();
    const internals = layer as unknown as { _levels: Record<number, { el: HTMLElement; origin: L.Point; zoom: number }>; _tileZoom: number };
    const underlay = document.createElement('div');
    underlay.append(document.createElement('canvas'));
    internals._levels[4] = { el: underlay, origin: L.point(0, 0), zoom: 4 };
    internals._tileZoom = 9;
    createTile(0, 0, 9, vi.fn());
    map.fire('movestart');
    for (const { id } of worker.renders()) worker.reply({ type: 'tile', id, bitmap: bitmap(), final: true });
    expect(underlay.style.visibility, 'drawn, but the camera still moves').toBe('');
    map.fire('moveend');
    // Leaflet may ask for a tile or two as the move ends: once they are drawn too.
    for (const { id } of worker.renders()) worker.reply({ type: 'tile', id, bitmap: bitmap(), final: true });
    expect(underlay.style.visibility).toBe('hidden');
    map.fire('movestart');
    expect(underlay.style.visibility).toBe('');
  });

  it('asked for the same view again, keeps what it has drawn ahead and asks the worker for nothing', () => {
    const { worker, layer, map } = setUp();
    vi.spyOn(map, 'getSize').mockReturnValue(L.point(512, 256));
    layer.prefetch(L.latLng(48.86, 2.35), 11);
    const asked = worker.sent.length;
    const [first] = worker.renders().filter((m) => m.coords.z === 11);
    const kept = bitmap();
    worker.reply({ type: 'tile', id: first!.id, bitmap: kept, final: true });
    layer.prefetch(L.latLng(48.86, 2.35), 11);
    expect(worker.sent.length).toBe(asked);
    expect(kept.close).not.toHaveBeenCalled();
  });

  it('passes worker errors to Leaflet as tile errors', () => {
    const { worker, createTile } = setUp();
    const done = vi.fn();
    const tile = createTile(0, 0, 1, done);
    worker.reply({ type: 'error', id: worker.renders().at(-1)!.id, message: 'no data' });
    expect(done).toHaveBeenCalledWith(expect.any(Error), tile);
  });

  it('terminates the worker and stops listening when removed', () => {
    const { worker, layer, map, createTile } = setUp();
    const tile = createTile(0, 0, 1, vi.fn());
    map.removeLayer(layer);
    expect(worker.terminated).toBe(true);
    const sent = worker.sent.length;
    layer.fire('tileunload', { tile, coords: { x: 0, y: 0, z: 1 } });
    expect(worker.sent.length).toBe(sent);
  });

  it('starts a fresh worker when added again', () => {
    const workers: FakeWorker[] = [];
    const element = document.createElement('div');
    const map = L.map(element, { center: [0, 0], zoom: 1 });
    const layer = createBasemapLayer({ createWorker: () => (workers.push(new FakeWorker()), workers.at(-1) as unknown as Worker) });
    layer.addTo(map).remove();
    layer.addTo(map);
    expect(workers.map((w) => w.terminated)).toEqual([true, false]);
  });

  it('adopts the worker started by prewarmBasemap, once', () => {
    const started: FakeWorker[] = [];
    vi.stubGlobal(
      'Worker',
      class extends FakeWorker {
        constructor() {
          super();
          started.push(this);
        }
      },
    );
    prewarmBasemap();
    prewarmBasemap();
    expect(started.length).toBe(1);
    const map = L.map(document.createElement('div'), { center: [0, 0], zoom: 1 });
    createBasemapLayer().addTo(map);
    expect(started.length).toBe(1);
    expect(started[0]!.sent[0]).toMatchObject({ type: 'palette' });
    createBasemapLayer().addTo(map);
    expect(started.length).toBe(2);
  });
});
