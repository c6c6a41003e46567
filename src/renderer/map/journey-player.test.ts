// @vitest-environment happy-dom
import type Leaflet from 'leaflet';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LatLng } from '@model/geo';
import { buildJourney } from '@model/journey';
import type { ShowMove } from '@model/show-state';
import { PLAYING, type TravelState } from '@model/travel';
import { fixtureContent } from '@model/story-fixture.test-support';
import type { JourneyPlayer as Player, PlayedLayers } from './journey-player';

const journey = buildJourney(fixtureContent());
const FLAME = 1; // Tuileries → Stade de France, 6 s of travel
const PARADE = 2; // no leg: a cut
/** Longer than any flight (map-options.ts). */
const FLIGHT_MS = 3000;

let createMap: (element: HTMLElement) => Leaflet.Map;
let JourneyPlayer: typeof Player;
let isThere: typeof import('./camera').isThere;
let targetFor: typeof import('./camera').targetFor;

beforeAll(async () => {
  // Leaflet keeps the requestAnimationFrame it finds when it loads: fake the clock first, then load it.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance', 'Date'] });
  // And let it see CSS 3D transforms, as in Chromium: without them its flyTo lands at once.
  vi.stubGlobal(
    'WebKitCSSMatrix',
    class {
      m11 = 1;
    },
  );
  await import('leaflet');
  ({ createMap } = await import('./create-map'));
  ({ JourneyPlayer } = await import('./journey-player'));
  ({ isThere, targetFor } = await import('./camera'));
});
afterAll(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const maps: Leaflet.Map[] = [];
afterEach(() => maps.splice(0).forEach((map) => map.remove()));

/** A real map on a 1920×1080 element (happy-dom lays nothing out), a player on it at the first chapter, and what the player tells from then on. */
function stage() {
  const element = document.createElement('div');
  Object.defineProperties(element, { clientWidth: { value: 1920 }, clientHeight: { value: 1080 } });
  document.body.append(element);
  const map = createMap(element);
  maps.push(map);
  let emblemAt: LatLng | undefined;
  const layers = {
    route: { show: vi.fn(), travel: vi.fn() },
    emblem: { setEmblem: vi.fn(), moveTo: vi.fn((at: LatLng) => (emblemAt = at)) },
    labels: { show: vi.fn() },
    cityNames: { place: vi.fn(), clear: vi.fn() },
  } satisfies PlayedLayers;
  const states: string[] = [];
  const ahead: number[] = [];
  const player = new JourneyPlayer(map, journey, layers, {
    onState: (state, chapter) => states.push(`${state} ${chapter.content.id}`),
    willMoveTo: ({ zoom }) => ahead.push(zoom),
  });
  let serial = 0;
  const move = (to: number, animate: boolean): ShowMove => ({ to, animate, serial: ++serial });
  // The show opens on its first chapter at rest.
  player.follow({ to: 0, animate: false, serial }, PLAYING);
  states.length = 0;
  ahead.length = 0;
  const at = (index: number) => isThere(map, targetFor(map, journey.chapters[index]!.view));
  return { map, player, layers, states, ahead, move, at, emblemAt: () => emblemAt };
}

const paused: TravelState = { paused: true, seek: null };
const seek = (to: number): TravelState => ({ paused: true, seek: to });

describe('JourneyPlayer', () => {
  it('a step forward flies to the chapter, travels its leg and rests at its end', () => {
    const { player, layers, states, move, at, emblemAt } = stage();
    const step = move(FLAME, true);
    player.follow(step, PLAYING);
    expect(states).toEqual(['flying flame']);
    expect(emblemAt()).toEqual(journey.chapters[FLAME]!.from.at);
    expect(layers.labels.show).toHaveBeenLastCalledWith([]);
    expect(layers.cityNames.clear).toHaveBeenCalled();

    vi.advanceTimersByTime(FLIGHT_MS);
    expect(at(FLAME)).toBe(true);
    expect(states.at(-1)).toBe('travelling flame');
    expect(layers.labels.show).toHaveBeenLastCalledWith(['tuileries', 'stade-de-france']);

    vi.advanceTimersByTime(3000);
    expect(player.legAt).toBeGreaterThan(0.2);
    expect(player.legAt).toBeLessThan(0.8);

    vi.advanceTimersByTime(3100);
    expect(states.at(-1)).toBe('resting flame');
    expect(player.legAt).toBe(1);
    expect(emblemAt()).toEqual(journey.chapters[FLAME]!.to.at);
  });

  it('the same move again, even as a copy, is not played again; a new serial to the same chapter lands there', () => {
    const { player, states, move } = stage();
    const step = move(FLAME, true);
    player.follow(step, PLAYING);
    vi.advanceTimersByTime(FLIGHT_MS + 3000);
    const before = player.legAt;
    player.follow({ ...step }, { ...PLAYING });
    expect(states).toEqual(['flying flame', 'travelling flame']);
    expect(player.legAt).toBe(before);
    // The show's 'settle': the same chapter at rest, as a new move.
    player.follow(move(FLAME, false), PLAYING);
    expect(states.at(-1)).toBe('resting flame');
    expect(player.legAt).toBe(1);
  });

  it("another window's state whose first move has this show's serial but another chapter is shown", () => {
    const { player, states, at } = stage();
    // The presenter's picture opened on the first chapter (serial 0); the audience's state arrives, also serial 0.
    player.follow({ to: FLAME, animate: false, serial: 0 }, PLAYING);
    expect(states).toEqual(['resting flame']);
    expect(at(FLAME)).toBe(true);
  });

  it('K holds the emblem where it is, and again plays the rest of the leg', () => {
    const { player, states, move } = stage();
    const step = move(FLAME, true);
    player.follow(step, PLAYING);
    vi.advanceTimersByTime(FLIGHT_MS + 2000);
    player.follow(step, paused);
    expect(states.at(-1)).toBe('paused flame');
    const held = player.legAt;
    vi.advanceTimersByTime(10_000);
    expect(player.legAt).toBe(held);

    player.follow(step, PLAYING);
    expect(states.at(-1)).toBe('travelling flame');
    vi.advanceTimersByTime(6100);
    expect(states.at(-1)).toBe('resting flame');
    expect(player.legAt).toBe(1);
  });

  it('paused during the flight, the camera arrives and the emblem holds at the start of its leg', () => {
    const { player, states, move, at } = stage();
    const step = move(FLAME, true);
    player.follow(step, PLAYING);
    player.follow(step, paused);
    expect(states).toEqual(['flying flame']);
    vi.advanceTimersByTime(FLIGHT_MS + 5000);
    expect(at(FLAME)).toBe(true);
    expect(states).toEqual(['flying flame', 'paused flame']);
    expect(player.legAt).toBe(0);
  });

  it('paused and resumed during the flight, the leg plays on arrival', () => {
    const { player, states, move } = stage();
    const step = move(FLAME, true);
    player.follow(step, PLAYING);
    player.follow(step, paused);
    player.follow(step, PLAYING);
    vi.advanceTimersByTime(FLIGHT_MS);
    expect(states).toEqual(['flying flame', 'travelling flame']);
    vi.advanceTimersByTime(6100);
    expect(states.at(-1)).toBe('resting flame');
    expect(player.legAt).toBe(1);
  });

  it('a seek during the flight lands the camera at once and holds the emblem there', () => {
    const { player, states, move, at, emblemAt } = stage();
    const step = move(FLAME, true);
    player.follow(step, PLAYING);
    vi.advanceTimersByTime(500);
    player.follow(step, seek(0.5));
    expect(at(FLAME)).toBe(true);
    expect(states.at(-1)).toBe('paused flame');
    expect(player.legAt).toBe(0.5);
    expect(emblemAt()).not.toEqual(journey.chapters[FLAME]!.from.at);
    vi.advanceTimersByTime(FLIGHT_MS + 10_000);
    expect(player.legAt).toBe(0.5);
    expect(states.at(-1)).toBe('paused flame');
  });

  it('a new move mid-flight stops the flight, and its arrival is never heard', () => {
    const { player, states, move, at } = stage();
    player.follow(move(FLAME, true), PLAYING);
    vi.advanceTimersByTime(500);
    player.follow(move(PARADE, false), PLAYING);
    expect(at(PARADE)).toBe(true);
    expect(states).toEqual(['flying flame', 'resting parade']);
    vi.advanceTimersByTime(FLIGHT_MS + 10_000);
    expect(states).toEqual(['flying flame', 'resting parade']);
    expect(at(PARADE)).toBe(true);
  });

  it('a chapter without a leg is a cut: it lands at once, and its view is drawn ahead from the rest before it', () => {
    const { map, player, states, ahead, move, at } = stage();
    player.follow(move(FLAME, false), PLAYING);
    expect(states).toEqual(['resting flame']);
    // At rest on the flame, the parade (a cut) is announced.
    expect(ahead).toEqual([targetFor(map, journey.chapters[PARADE]!.view).zoom]);
    player.follow(move(PARADE, true), PLAYING);
    expect(states).toEqual(['resting flame', 'resting parade']);
    expect(at(PARADE)).toBe(true);
  });

  it('without motion, a step lands at once, and resuming lands at the leg end', () => {
    const { player, states, move, at } = stage();
    const step = move(FLAME, true);
    player.follow(step, PLAYING, false);
    expect(states).toEqual(['resting flame']);
    expect(at(FLAME)).toBe(true);
    player.follow(step, seek(0.3), false);
    expect(states.at(-1)).toBe('paused flame');
    player.follow(step, PLAYING, false);
    expect(states.at(-1)).toBe('resting flame');
    expect(player.legAt).toBe(1);
  });
});
