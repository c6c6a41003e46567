import { describe, expect, it } from 'vitest';
import { navigate } from './navigation';

const COUNT = 5;
const LAST = COUNT - 1;

describe('navigate: next', () => {
  it('goes one chapter forward and plays its leg', () => {
    expect(navigate(0, COUNT, { type: 'next' })).toEqual({ to: 1, animate: true });
    expect(navigate(2, COUNT, { type: 'next' })).toEqual({ to: 3, animate: true });
  });

  it('on the last chapter goes nowhere', () => {
    expect(navigate(LAST, COUNT, { type: 'next' })).toBeNull();
  });
});

describe('navigate: prev', () => {
  it('goes one chapter back and lands at once, without replaying a leg', () => {
    expect(navigate(3, COUNT, { type: 'prev' })).toEqual({ to: 2, animate: false });
  });

  it('PageUp on the first chapter stays there (never wraps to the end)', () => {
    expect(navigate(0, COUNT, { type: 'prev' })).toBeNull();
  });
});

describe('navigate: first and last', () => {
  it('first jumps to chapter 1 without animating', () => {
    expect(navigate(3, COUNT, { type: 'first' })).toEqual({ to: 0, animate: false });
  });

  it('first on the first chapter goes nowhere', () => {
    expect(navigate(0, COUNT, { type: 'first' })).toBeNull();
  });

  it('last jumps to the final chapter without animating', () => {
    expect(navigate(0, COUNT, { type: 'last' })).toEqual({ to: LAST, animate: false });
  });

  it('last from the chapter just before it plays the final leg, as next would', () => {
    expect(navigate(LAST - 1, COUNT, { type: 'last' })).toEqual({ to: LAST, animate: true });
  });

  it('last on the last chapter goes nowhere', () => {
    expect(navigate(LAST, COUNT, { type: 'last' })).toBeNull();
  });
});

describe('navigate: goto', () => {
  it('jumps to the chapter asked for, landing at once', () => {
    expect(navigate(0, COUNT, { type: 'goto', index: 3 })).toEqual({ to: 3, animate: false });
    expect(navigate(4, COUNT, { type: 'goto', index: 1 })).toEqual({ to: 1, animate: false });
  });

  it('to the next chapter plays its leg', () => {
    expect(navigate(1, COUNT, { type: 'goto', index: 2 })).toEqual({ to: 2, animate: true });
  });

  it('to the current chapter goes nowhere', () => {
    expect(navigate(2, COUNT, { type: 'goto', index: 2 })).toBeNull();
  });

  it('out of range goes nowhere', () => {
    expect(navigate(0, COUNT, { type: 'goto', index: COUNT })).toBeNull();
    expect(navigate(0, COUNT, { type: 'goto', index: 99 })).toBeNull();
    expect(navigate(2, COUNT, { type: 'goto', index: -1 })).toBeNull();
  });

  it('to a number that is not a whole chapter goes nowhere', () => {
    expect(navigate(0, COUNT, { type: 'goto', index: 1.5 })).toBeNull();
    expect(navigate(0, COUNT, { type: 'goto', index: Number.NaN })).toBeNull();
    expect(navigate(0, COUNT, { type: 'goto', index: Number.POSITIVE_INFINITY })).toBeNull();
  });
});

describe('navigate: advance (autoplay)', () => {
  it('steps forward and plays the leg, like next', () => {
    expect(navigate(1, COUNT, { type: 'advance' })).toEqual({ to: 2, animate: true });
  });

  it('from the last chapter wraps to the first, landing at once', () => {
    expect(navigate(LAST, COUNT, { type: 'advance' })).toEqual({ to: 0, animate: false });
  });

  it('with a single chapter goes nowhere', () => {
    expect(navigate(0, 1, { type: 'advance' })).toBeNull();
  });

  it('visits every chapter in order and comes back round', () => {
    const visited: number[] = [];
    let at = 0;
    for (let i = 0; i < COUNT; i++) {
      at = navigate(at, COUNT, { type: 'advance' })!.to;
      visited.push(at);
    }
    expect(visited).toEqual([1, 2, 3, 4, 0]);
  });
});
