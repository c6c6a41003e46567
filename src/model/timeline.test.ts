import { describe, expect, it } from 'vitest';
import { filledTo, legFractionAt, pointAt, timelineTarget } from './timeline';

// Five chapters: points at 0, 0.25, 0.5, 0.75 and 1.
const COUNT = 5;

describe('the timeline’s points and fill', () => {
  it('spreads the chapters evenly from end to end', () => {
    expect([0, 1, 2, 3, 4].map((i) => pointAt(i, COUNT))).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(pointAt(0, 1)).toBe(0);
  });

  it('fills to the previous chapter’s point, and the leg’s progress of the way to the current one', () => {
    expect(filledTo(0, COUNT, 1)).toBe(0);
    expect(filledTo(2, COUNT, 0)).toBe(0.25);
    expect(filledTo(2, COUNT, 0.5)).toBeCloseTo(0.375);
    expect(filledTo(2, COUNT, 1)).toBe(0.5);
    expect(filledTo(2, COUNT, 3)).toBe(0.5);
  });
});

describe('timelineTarget: what a press on the timeline asks for', () => {
  it('on the current chapter’s leg: that fraction of the leg', () => {
    expect(timelineTarget(0.375, COUNT, 2, true)).toEqual({ type: 'seek', to: 0.5 });
    expect(timelineTarget(0.5, COUNT, 2, true)).toEqual({ type: 'seek', to: 1 });
  });

  it('on or near another chapter’s point: that chapter', () => {
    expect(timelineTarget(0.75, COUNT, 2, true)).toEqual({ type: 'goto', index: 3 });
    expect(timelineTarget(0.27, COUNT, 2, true)).toEqual({ type: 'goto', index: 1 });
    expect(timelineTarget(0, COUNT, 2, true)).toEqual({ type: 'goto', index: 0 });
    expect(timelineTarget(1.3, COUNT, 2, true)).toEqual({ type: 'goto', index: 4 });
  });

  it('where the current chapter has no leg, or is the first: the nearest chapter', () => {
    expect(timelineTarget(0.4, COUNT, 2, false)).toEqual({ type: 'goto', index: 2 });
    expect(timelineTarget(0.05, COUNT, 0, true)).toEqual({ type: 'goto', index: 0 });
  });
});

describe('legFractionAt: dragging along the current leg', () => {
  it('follows the pointer and stops at the leg’s ends', () => {
    expect(legFractionAt(0.3125, COUNT, 2)).toBeCloseTo(0.25);
    expect(legFractionAt(0.1, COUNT, 2)).toBe(0);
    expect(legFractionAt(0.9, COUNT, 2)).toBe(1);
  });
});
