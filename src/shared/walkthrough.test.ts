import { describe, expect, it } from 'vitest';
import { move } from './walkthrough';

const COUNT = 5;
const LAST = COUNT - 1;

describe('move: next', () => {
  it('goes one chapter forward and plays its leg', () => {
    expect(move(0, COUNT, { type: 'next' })).toEqual({ to: 1, animate: true });
    expect(move(2, COUNT, { type: 'next' })).toEqual({ to: 3, animate: true });
  });

  it('on the last chapter goes nowhere', () => {
    expect(move(LAST, COUNT, { type: 'next' })).toBeNull();
  });
});

describe('move: prev', () => {
  it('goes one chapter back and lands at once, without replaying a leg', () => {
    expect(move(3, COUNT, { type: 'prev' })).toEqual({ to: 2, animate: false });
  });

  it('PageUp on the first chapter stays there (never wraps to the end)', () => {
    expect(move(0, COUNT, { type: 'prev' })).toBeNull();
  });
});

describe('move: first and last', () => {
  it('first jumps to chapter 1 without animating', () => {
    expect(move(3, COUNT, { type: 'first' })).toEqual({ to: 0, animate: false });
  });

  it('first on the first chapter goes nowhere', () => {
    expect(move(0, COUNT, { type: 'first' })).toBeNull();
  });

  it('last jumps to the final chapter without animating', () => {
    expect(move(0, COUNT, { type: 'last' })).toEqual({ to: LAST, animate: false });
  });

  it('last from the chapter just before it plays the final leg, as next would', () => {
    expect(move(LAST - 1, COUNT, { type: 'last' })).toEqual({ to: LAST, animate: true });
  });

  it('last on the last chapter goes nowhere', () => {
    expect(move(LAST, COUNT, { type: 'last' })).toBeNull();
  });
});

describe('move: goto', () => {
  it('jumps to the chapter asked for, landing at once', () => {
    expect(move(0, COUNT, { type: 'goto', index: 3 })).toEqual({ to: 3, animate: false });
    expect(move(4, COUNT, { type: 'goto', index: 1 })).toEqual({ to: 1, animate: false });
  });

  it('to the next chapter plays its leg', () => {
    expect(move(1, COUNT, { type: 'goto', index: 2 })).toEqual({ to: 2, animate: true });
  });

  it('to the current chapter goes nowhere', () => {
    expect(move(2, COUNT, { type: 'goto', index: 2 })).toBeNull();
  });

  it('out of range goes nowhere', () => {
    expect(move(0, COUNT, { type: 'goto', index: COUNT })).toBeNull();
    expect(move(0, COUNT, { type: 'goto', index: 99 })).toBeNull();
    expect(move(2, COUNT, { type: 'goto', index: -1 })).toBeNull();
  });

  it('to a number that is not a whole chapter goes nowhere', () => {
    expect(move(0, COUNT, { type: 'goto', index: 1.5 })).toBeNull();
    expect(move(0, COUNT, { type: 'goto', index: Number.NaN })).toBeNull();
    expect(move(0, COUNT, { type: 'goto', index: Number.POSITIVE_INFINITY })).toBeNull();
  });
});

describe('move: advance (autoplay)', () => {
  it('steps forward and plays the leg, like next', () => {
    expect(move(1, COUNT, { type: 'advance' })).toEqual({ to: 2, animate: true });
  });

  it('from the last chapter wraps to the first, landing at once', () => {
    expect(move(LAST, COUNT, { type: 'advance' })).toEqual({ to: 0, animate: false });
  });

  it('with a single chapter goes nowhere', () => {
    expect(move(0, 1, { type: 'advance' })).toBeNull();
  });

  it('visits every chapter in order and comes back round', () => {
    const visited: number[] = [];
    let at = 0;
    for (let i = 0; i < COUNT; i++) {
      at = move(at, COUNT, { type: 'advance' })!.to;
      visited.push(at);
    }
    expect(visited).toEqual([1, 2, 3, 4, 0]);
  });
});
