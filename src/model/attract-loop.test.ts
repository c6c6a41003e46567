import { describe, expect, it } from 'vitest';
import { attractLoop, followClock, legPhaseAt, loopOffsetMs, loopPositionAt, loopTimeAt, nextLoopStart, SYNC_EPOCH_MS } from './attract-loop';

// Three chapters of 10 s, 20 s and 30 s: a loop of a minute.
const loop = attractLoop([10, 20, 30]);
const E = SYNC_EPOCH_MS;
const MINUTE = 60_000;

describe('attractLoop', () => {
  it('lays the chapters end to end, each for its dwell time in whole milliseconds', () => {
    expect(loop).toEqual({ starts: [0, 10_000, 30_000], dwellMs: [10_000, 20_000, 30_000], lengthMs: MINUTE });
    expect(attractLoop([4.0004]).dwellMs).toEqual([4000]);
  });
});

describe('loopPositionAt', () => {
  it('is the clock since the epoch modulo the loop', () => {
    expect(loopPositionAt(loop, E)).toEqual({ index: 0, start: E, end: E + 10_000 });
    expect(loopPositionAt(loop, E + 9_999).index).toBe(0);
    expect(loopPositionAt(loop, E + 10_000)).toEqual({ index: 1, start: E + 10_000, end: E + 30_000 });
    expect(loopPositionAt(loop, E + 1000 * MINUTE + 45_000)).toEqual({ index: 2, start: E + 1000 * MINUTE + 30_000, end: E + 1001 * MINUTE });
  });

  it('two kiosks asking at the same instant get the same answer, however long they have run', () => {
    const now = Date.UTC(2026, 11, 8, 1, 2, 3, 456);
    expect(loopPositionAt(attractLoop([10, 20, 30]), now)).toEqual(loopPositionAt(loop, now));
  });

  it('counts before the epoch too (a clock set wrong, far back)', () => {
    expect(loopTimeAt(loop, E - 1)).toBe(MINUTE - 1);
    expect(loopPositionAt(loop, E - 1)).toEqual({ index: 2, start: E - 30_000, end: E });
  });

  it('knows no day change or daylight saving: the position only follows UTC milliseconds', () => {
    const midnight = Date.UTC(2026, 2, 29, 0, 0, 0); // also the night European clocks go forward
    expect(loopTimeAt(loop, midnight + 1)).toBe((loopTimeAt(loop, midnight) + 1) % MINUTE);
  });
});

describe('nextLoopStart', () => {
  it('is the next time the loop starts again', () => {
    expect(nextLoopStart(loop, E + 25_000)).toBe(E + MINUTE);
    expect(nextLoopStart(loop, E)).toBe(E + MINUTE);
  });
});

describe('followClock', () => {
  const inChapter1 = { index: 1, start: E + 10_000 };

  it('in step, waits for the end of the chapter', () => {
    expect(followClock(loop, inChapter1, E + 12_500)).toEqual({ kind: 'wait', ms: 17_500 });
  });

  it('at the chapter’s end steps to the next, and from the last to the first', () => {
    expect(followClock(loop, inChapter1, E + 30_000)).toEqual({ kind: 'step', to: { index: 2, start: E + 30_000, end: E + MINUTE } });
    expect(followClock(loop, { index: 2, start: E + 30_000 }, E + MINUTE + 5)).toMatchObject({ kind: 'step', to: { index: 0, start: E + MINUTE } });
  });

  it('a clock stepped back a little (NTP) waits out the chapter on screen: nothing stalls or replays', () => {
    // The timer for the chapter's end fires, but the clock was set back 2 s meanwhile.
    expect(followClock(loop, inChapter1, E + 28_000)).toEqual({ kind: 'wait', ms: 2_000 });
  });

  it('a clock stepped back past the chapter’s start rejoins the clock’s chapter', () => {
    expect(followClock(loop, inChapter1, E + 9_000)).toEqual({ kind: 'rejoin', to: { index: 0, start: E, end: E + 10_000 } });
  });

  it('a clock stepped forward (a reboot, a day later) rejoins wherever the clock is, never racing through the chapters between', () => {
    const dayLater = E + 10_000 + 24 * 60 * MINUTE + 35_000;
    expect(followClock(loop, inChapter1, dayLater)).toEqual({ kind: 'rejoin', to: loopPositionAt(loop, dayLater) });
    // The same chapter a whole loop later is not the same turn: it rejoins too.
    expect(followClock(loop, inChapter1, E + MINUTE + 15_000).kind).toBe('rejoin');
  });

  it('a chapter a visitor chose rejoins the clock, even the next one', () => {
    expect(followClock(loop, { index: 1, start: undefined }, E + 31_000).kind).toBe('rejoin');
    expect(followClock(loop, { index: 1, start: undefined }, E + 15_000).kind).toBe('rejoin');
  });
});

describe('legPhaseAt', () => {
  it('flies, then travels, then is done', () => {
    expect(legPhaseAt(1000, 1600, 4000)).toEqual({ kind: 'flying' });
    expect(legPhaseAt(2600, 1600, 4000)).toEqual({ kind: 'travelling', at: 0.25 });
    expect(legPhaseAt(5600, 1600, 4000)).toEqual({ kind: 'done' });
  });
});

describe('loopOffsetMs', () => {
  it('is 0 in step, positive behind the clock, negative ahead, wrapped to the nearest turn', () => {
    expect(loopOffsetMs(loop, 1, E + 10_000, E + 15_000)).toBe(0);
    expect(loopOffsetMs(loop, 1, E + 11_000, E + 15_000)).toBe(1000);
    expect(loopOffsetMs(loop, 1, E + 9_000, E + 15_000)).toBe(-1000);
    // Shown chapter 0 from its start while the clock is at the loop's last second: 1 s ahead, not 59 s behind.
    expect(loopOffsetMs(loop, 0, E + MINUTE - 1000, E + MINUTE - 1000)).toBe(-1000);
  });
});
