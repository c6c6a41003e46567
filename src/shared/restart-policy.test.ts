import { describe, expect, it } from 'vitest';
import { restartDelay } from './restart-policy';

const minutes = (m: number) => m * 60_000;

describe('restartDelay', () => {
  it('waits 5, 10, 20 then 40 s for failures close together, then gives up', () => {
    const failures: number[] = [];
    const delays = [0, 1, 2, 3, 4].map((m) => (failures.push(minutes(m)), restartDelay(failures, minutes(m))));
    expect(delays).toEqual([5, 10, 20, 40, null]);
  });

  it('forgets failures more than 10 minutes old', () => {
    expect(restartDelay([minutes(0), minutes(1), minutes(2), minutes(30)], minutes(30))).toBe(5);
  });
});
