import { describe, expect, it } from 'vitest';
import { SWIPE, swipeCommand } from './swipe';

describe('swipeCommand', () => {
  it('a swipe leftwards goes to the next chapter and rightwards to the previous, as pages turn', () => {
    expect(swipeCommand(-200, 10, 250)).toBe('next');
    expect(swipeCommand(200, -10, 250)).toBe('prev');
  });

  it('a tap, a short nudge, a mostly vertical stroke or a slow drag does nothing', () => {
    expect(swipeCommand(0, 0, 80)).toBeNull();
    expect(swipeCommand(SWIPE.minDistance - 1, 0, 200)).toBeNull();
    expect(swipeCommand(-150, 120, 200)).toBeNull();
    expect(swipeCommand(-300, 0, SWIPE.maxMilliseconds + 1)).toBeNull();
  });
});
