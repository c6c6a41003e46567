// @vitest-environment happy-dom
import L from 'leaflet';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DrawnAhead } from './drawn-ahead';
import type { ToWorker } from './protocol';

const bitmap = () => ({ close: vi.fn() }) as unknown as ImageBitmap;

function setUp() {
  const sent: ToWorker[] = [];
  let id = 1;
  const ahead = new DrawnAhead(
    (message) => sent.push(message),
    () => id++,
  );
  const map = L.map(document.createElement('div'), { center: [0, 0], zoom: 1 });
  vi.spyOn(map, 'getSize').mockImplementation(() => L.point(512, 256));
  const renders = () => sent.filter((m): m is Extract<ToWorker, { type: 'render' }> => m.type === 'render');
  const draw = () => ahead.draw(map, L.latLng(48.86, 2.35), 11, 1);
  return { ahead, sent, renders, draw };
}

afterEach(() => vi.restoreAllMocks());

describe('the view drawn ahead', () => {
  it('hands a tile’s latest drawing and its request under way to the tile Leaflet makes, once', () => {
    const { ahead, renders, draw } = setUp();
    draw();
    const [first] = renders();
    const standIn = bitmap();
    expect(ahead.receive({ type: 'tile', id: first!.id, bitmap: standIn, final: false })).toBe(true);
    const key = `${first!.coords.x}:${first!.coords.y}:11`;
    expect(ahead.take(key)).toEqual({ bitmap: standIn, id: first!.id });
    expect(ahead.take(key)).toEqual({ bitmap: undefined, id: undefined });
    // Its next drawing is no longer the view's: it goes to Leaflet's tile.
    expect(ahead.receive({ type: 'tile', id: first!.id, bitmap: bitmap(), final: true })).toBe(false);
  });

  it('after a worker restart, asks for the same view again (the new worker knows nothing of it)', () => {
    const { ahead, renders, draw } = setUp();
    draw();
    const asked = renders().length;
    expect(asked).toBeGreaterThan(1);
    draw();
    expect(renders().length).toBe(asked);
    ahead.forgetRequests();
    draw();
    expect(renders().length).toBe(2 * asked);
  });
});
