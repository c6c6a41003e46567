import { describe, expect, it } from 'vitest';
import { initialShowState, reduceShow, type CommandSource, type ShowCommand, type ShowState } from './show-state';

const COUNT = 6;
const start = (overrides: Partial<ShowState> = {}): ShowState => ({ ...initialShowState({ autoplay: false, count: COUNT }), ...overrides });
const run = (state: ShowState, commands: ShowCommand[], source: CommandSource = 'person') =>
  commands.reduce((s, c) => reduceShow(s, c, COUNT, source), state);
const at = (to: number, animate = false) => ({ ...start(), move: { to, animate, serial: 0 } });

describe('reduceShow: moving through the chapters', () => {
  it('next plays the next leg; prev, first, last and goto land at once', () => {
    expect(run(start(), [{ type: 'next' }]).move).toEqual({ to: 1, animate: true, serial: 1 });
    expect(run(at(3), [{ type: 'prev' }]).move).toMatchObject({ to: 2, animate: false });
    expect(run(at(3), [{ type: 'first' }]).move).toMatchObject({ to: 0, animate: false });
    expect(run(at(3), [{ type: 'last' }]).move).toMatchObject({ to: 5, animate: false });
    expect(run(at(3), [{ type: 'goto', index: 1 }]).move).toMatchObject({ to: 1, animate: false });
  });

  it('a command that goes nowhere changes nothing, not even the move object', () => {
    const first = start();
    expect(reduceShow(first, { type: 'prev' }, COUNT)).toBe(first);
    expect(reduceShow(first, { type: 'goto', index: 99 }, COUNT)).toBe(first);
  });

  it("autoplay's advance wraps from the last chapter to the first; next does not", () => {
    expect(run(at(5), [{ type: 'advance' }], 'show').move.to).toBe(0);
    expect(run(at(5), [{ type: 'next' }]).move.to).toBe(5);
  });

  it('settle lands the current chapter at rest as a new move', () => {
    const flying = run(start(), [{ type: 'next' }]);
    expect(run(flying, [{ type: 'settle' }], 'show').move).toEqual({ to: 1, animate: false, serial: 2 });
  });
});

describe('reduceShow: typed chapter numbers', () => {
  it('digits then commit go to that chapter (1-based), keeping the last three digits', () => {
    expect(run(start(), [{ type: 'digit', digit: 4 }, { type: 'commit-digits' }]).move.to).toBe(3);
    expect(run(start(), [1, 2, 3, 2].map((digit) => ({ type: 'digit', digit }) as const)).digits).toBe('232');
  });

  it('any other command drops a typed number; Escape clears it first', () => {
    expect(run(start(), [{ type: 'digit', digit: 3 }, { type: 'blackout' }]).digits).toBe('');
    expect(run(start(), [{ type: 'digit', digit: 3 }, { type: 'next' }]).move.to).toBe(1);
    const escaped = run(start({ blackout: true }), [{ type: 'digit', digit: 3 }, { type: 'dismiss' }]);
    expect(escaped).toMatchObject({ digits: '', blackout: true });
  });
});

describe('reduceShow: toggles and who is in control', () => {
  it('a person moving the show takes control: autoplay stops and the black screen lifts', () => {
    for (const command of [{ type: 'next' }, { type: 'goto', index: 2 }, { type: 'take-control' }] as const) {
      expect(run(start({ autoplay: true, blackout: true }), [command])).toMatchObject({ autoplay: false, blackout: false });
    }
  });

  it("the show's own commands (autoplay's advance, the idle timer) leave autoplay on", () => {
    expect(run(start({ autoplay: true }), [{ type: 'advance' }], 'show').autoplay).toBe(true);
    expect(run(start(), [{ type: 'autoplay', on: true }], 'show').autoplay).toBe(true);
  });

  it('blackout, help and autoplay toggle without taking control; autoplay can be set outright', () => {
    expect(run(start({ autoplay: true }), [{ type: 'blackout' }])).toMatchObject({ blackout: true, autoplay: true });
    expect(run(start(), [{ type: 'help' }, { type: 'help' }]).help).toBe(false);
    expect(run(start(), [{ type: 'autoplay' }]).autoplay).toBe(true);
    expect(run(start({ autoplay: true }), [{ type: 'autoplay', on: true }]).autoplay).toBe(true);
  });

  it('Escape closes one layer at a time: help, then the black screen', () => {
    const open = start({ help: true, blackout: true });
    const once = run(open, [{ type: 'dismiss' }]);
    expect(once).toMatchObject({ help: false, blackout: true });
    expect(run(once, [{ type: 'dismiss' }]).blackout).toBe(false);
  });

  it('toggles keep the move object, so nothing that follows moves is woken', () => {
    const state = start();
    expect(run(state, [{ type: 'blackout' }, { type: 'help' }, { type: 'autoplay' }]).move).toBe(state.move);
  });
});

describe('initialShowState', () => {
  it('opens on a deep-linked chapter at rest, or on the first for one out of range', () => {
    expect(initialShowState({ autoplay: false, start: 3, count: COUNT }).move).toEqual({ to: 3, animate: false, serial: 0 });
    expect(initialShowState({ autoplay: false, start: 9, count: COUNT }).move.to).toBe(0);
  });
});

describe('reduceShow: language', () => {
  it('L switches between English and French; naming a language sets it; autoplay keeps going', () => {
    expect(start().lang).toBe('en');
    expect(run(start({ autoplay: true }), [{ type: 'language' }])).toMatchObject({ lang: 'fr', autoplay: true });
    expect(run(start(), [{ type: 'language' }, { type: 'language' }]).lang).toBe('en');
    const french = start({ lang: 'fr' });
    expect(reduceShow(french, { type: 'language', lang: 'fr' }, COUNT)).toBe(french);
  });
});

describe('reduceShow: the presenter view', () => {
  it('S counts a request for the presenter view, and neither takes control nor lifts the black screen', () => {
    const before = start({ autoplay: true, blackout: true });
    const once = run(before, [{ type: 'presenter' }]);
    expect(once).toMatchObject({ presenterRequests: 1, autoplay: true, blackout: true });
    expect(run(once, [{ type: 'presenter' }]).presenterRequests).toBe(2);
    expect(once.move).toBe(before.move);
  });
});
