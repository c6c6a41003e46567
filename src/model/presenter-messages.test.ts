import { describe, expect, it } from 'vitest';
import { newWindowId, parseAudienceMessage, parsePresenterMessage } from './presenter-messages';
import { initialShowState } from './show-state';

const state = initialShowState({ autoplay: false, count: 5 });
const stateMessage = { kind: 'state', audience: 'aud1', chapter: 'stade-de-france', state, acks: { pres1: 3 } };

describe('messages from a presenter (checked by the audience window)', () => {
  it('takes hello and the commands a person gives', () => {
    expect(parsePresenterMessage({ kind: 'hello', from: 'pres1' })).toEqual({ kind: 'hello', from: 'pres1' });
    for (const command of [{ type: 'next' }, { type: 'digit', digit: 7 }, { type: 'language', lang: 'fr' }, { type: 'autoplay' }, { type: 'presenter' }]) {
      expect(parsePresenterMessage({ kind: 'command', from: 'pres1', seq: 1, command })).toEqual({ kind: 'command', from: 'pres1', seq: 1, command });
    }
  });

  it.each([
    ['autoplay’s own step', { kind: 'command', from: 'p', seq: 1, command: { type: 'advance' } }],
    ['the restart’s settle', { kind: 'command', from: 'p', seq: 1, command: { type: 'settle' } }],
    ['an unknown command', { kind: 'command', from: 'p', seq: 1, command: { type: 'reload' } }],
    ['a digit out of range', { kind: 'command', from: 'p', seq: 1, command: { type: 'digit', digit: 12 } }],
    ['an unknown language', { kind: 'command', from: 'p', seq: 1, command: { type: 'language', lang: 'de' } }],
    ['an extra field', { kind: 'command', from: 'p', seq: 1, command: { type: 'next', then: 'reload' } }],
    ['a negative number', { kind: 'command', from: 'p', seq: -1, command: { type: 'next' } }],
    ['a strange id', { kind: 'hello', from: '<script>' }],
    ['the audience’s own state', stateMessage],
    ['text', 'next'],
    ['nothing', null],
  ])('drops %s', (_what, data) => {
    expect(parsePresenterMessage(data)).toBeNull();
  });
});

describe('messages from the audience (checked by the presenter view)', () => {
  it('takes the state and the goodbye', () => {
    expect(parseAudienceMessage(stateMessage)).toEqual(stateMessage);
    expect(parseAudienceMessage({ kind: 'gone', audience: 'aud1' })).toEqual({ kind: 'gone', audience: 'aud1' });
  });

  it.each([
    ['a state with a field too many', { ...stateMessage, state: { ...state, reload: true } }],
    ['a state with a field missing', { ...stateMessage, state: { ...state, lang: undefined } }],
    ['digits that are not digits', { ...stateMessage, state: { ...state, digits: 'abc' } }],
    ['a fractional chapter', { ...stateMessage, state: { ...state, move: { ...state.move, to: 1.5 } } }],
    ['a presenter’s command', { kind: 'command', from: 'p', seq: 1, command: { type: 'next' } }],
  ])('drops %s', (_what, data) => {
    expect(parseAudienceMessage(data)).toBeNull();
  });
});

it('window ids are short, plain and new each time', () => {
  const a = newWindowId();
  expect(a).toMatch(/^[a-z0-9]{1,10}$/);
  expect(newWindowId()).not.toBe(a);
});
