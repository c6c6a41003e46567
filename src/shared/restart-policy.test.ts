import { describe, expect, it } from 'vitest';
import { FailureHistory, RESTART_POLICY, restartDelay } from './restart-policy';

const minutes = (m: number) => m * 60_000;

describe('restartDelay', () => {
  it('waits 5, 10, 20 then 40 s for failures of the show close together, then gives up', () => {
    const failures: number[] = [];
    const delays = [0, 1, 2, 3, 4].map((m) => (failures.push(minutes(m)), restartDelay(failures, minutes(m))));
    expect(delays).toEqual([5, 10, 20, 40, null]);
  });

  it('forgets failures more than 10 minutes old', () => {
    expect(restartDelay([minutes(0), minutes(1), minutes(2), minutes(30)], minutes(30))).toBe(5);
  });
});

describe('FailureHistory', () => {
  it('a process (renderer, worker) waits 1, 2, 5, 15, then 30 s for ever', () => {
    const history = new FailureHistory(RESTART_POLICY.process);
    expect([0, 1, 2, 3, 4, 5, 6].map((s) => history.fail(s * 1000))).toEqual([1, 2, 5, 15, 30, 30, 30]);
    expect(history.count).toBe(7);
  });

  it('starts from the first delay once forgotten, or after ten quiet minutes', () => {
    const history = new FailureHistory(RESTART_POLICY.process);
    history.fail(0);
    history.fail(1000);
    history.forget();
    expect(history.fail(2000)).toBe(1);
    expect(history.fail(3000)).toBe(2);
    expect(history.fail(3000 + minutes(11))).toBe(1);
  });

  it('the show gives up on its fifth failure in ten minutes', () => {
    const history = new FailureHistory(RESTART_POLICY.show);
    expect([0, 1, 2, 3, 4].map((m) => history.fail(minutes(m)))).toEqual([5, 10, 20, 40, null]);
  });
});
