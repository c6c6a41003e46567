import { describe, expect, it } from 'vitest';
import type { StateMessage } from './presenter-messages';
import { MAX_ACKS, recordAck, stateOnJourney, takesState } from './presenter-sync';
import { initialShowState } from './show-state';

const at = (to: number, acks: Record<string, number> = {}, audience = 'aud1', chapter = `c${to}`): StateMessage => ({
  kind: 'state',
  audience,
  chapter,
  state: { ...initialShowState({ autoplay: false, count: 9 }), move: { to, animate: false, serial: to } },
  acks,
});

describe('recordAck', () => {
  it('keeps the last command number of each presenter, and only the latest few presenters', () => {
    let acks = recordAck({}, 'a', 1);
    acks = recordAck(acks, 'a', 2);
    expect(acks).toEqual({ a: 2 });
    for (const id of ['b', 'c', 'd', 'e']) acks = recordAck(acks, id, 1);
    expect(Object.keys(acks)).toEqual(['b', 'c', 'd', 'e']);
    expect(Object.keys(acks)).toHaveLength(MAX_ACKS);
  });
});

describe('takesState: the presenter follows the audience without going back on its own key presses', () => {
  it('takes the state of an audience that has applied all its commands', () => {
    expect(takesState({ audience: 'aud1', sent: 2 }, at(3, { me: 2 }), 'me')).toBe(true);
  });

  it('waits while the state predates its latest command (two quick presses: the reply to the first is not shown)', () => {
    expect(takesState({ audience: 'aud1', sent: 2 }, at(2, { me: 1 }), 'me')).toBe(false);
    expect(takesState({ audience: 'aud1', sent: 1 }, at(2, {}), 'me')).toBe(false);
  });

  it('takes at once the state of a new audience window (a first one, or one reloaded), which never saw its commands', () => {
    expect(takesState({ audience: null, sent: 5 }, at(0), 'me')).toBe(true);
    expect(takesState({ audience: 'aud1', sent: 5 }, at(0, {}, 'aud2'), 'me')).toBe(true);
  });
});

describe('stateOnJourney', () => {
  const ids = ['c0', 'c1', 'c2'];
  it('finds the audience’s chapter by id in the presenter’s content', () => {
    expect(stateOnJourney(at(1, {}, 'aud1', 'c2'), ids).move.to).toBe(2);
    const same = at(1);
    expect(stateOnJourney(same, ids)).toBe(same.state);
  });

  it('keeps the position, in range, for a chapter the presenter does not have yet', () => {
    expect(stateOnJourney(at(7, {}, 'aud1', 'new'), ids).move.to).toBe(2);
  });
});
