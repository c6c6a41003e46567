import { describe, expect, it } from 'vitest';
import { initialShowState, reduceShow, type CommandSource, type ShowCommand, type ShowState } from './show-state';

const COUNT = 6;
const start = (overrides: Partial<ShowState> = {}): ShowState => ({ ...initialShowState({ autoplay: false, count: COUNT }), ...overrides });
const run = (state: ShowState, commands: ShowCommand[], source: CommandSource = 'person') => commands.reduce((s, c) => reduceShow(s, c, COUNT, source), state);
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

describe('reduceShow: following the clock (sync)', () => {
  it('align goes to the clock’s chapter with its turn of the loop: landing in step, the loop’s step, or a rejoin’s flight', () => {
    expect(run(at(1), [{ type: 'align', index: 4, start: 1000, how: 'land' }], 'show').move).toEqual({
      to: 4,
      animate: false,
      serial: 1,
      loop: { start: 1000, rejoin: false },
    });
    expect(run(at(1), [{ type: 'align', index: 2, start: 2000, how: 'step' }], 'show').move).toEqual({
      to: 2,
      animate: true,
      serial: 1,
      loop: { start: 2000, rejoin: false },
    });
    expect(run(at(1), [{ type: 'align', index: 1, start: 3000, how: 'rejoin' }], 'show').move).toEqual({
      to: 1,
      animate: true,
      serial: 1,
      loop: { start: 3000, rejoin: true },
    });
  });

  it('align keeps autoplay on, closes the overview, plays the travel, and ignores a chapter that does not exist', () => {
    const playing = { ...at(1), autoplay: true, overview: 1, travel: { paused: true, seek: 0.5 } };
    expect(run(playing, [{ type: 'align', index: 2, start: 0, how: 'step' }], 'show')).toMatchObject({
      autoplay: true,
      overview: null,
      travel: { paused: false, seek: null },
    });
    expect(reduceShow(playing, { type: 'align', index: 6, start: 0, how: 'step' }, COUNT, 'show')).toBe(playing);
  });

  it('a show started on the clock’s chapter carries its turn of the loop', () => {
    expect(initialShowState({ autoplay: true, count: COUNT, start: 3, loopStart: 500 }).move).toEqual({
      to: 3,
      animate: false,
      serial: 0,
      loop: { start: 500, rejoin: false },
    });
  });
});

describe('reduceShow: typed chapter numbers', () => {
  it('digits then commit go to that chapter (1-based), keeping the last three digits', () => {
    expect(run(start(), [{ type: 'digit', digit: 4 }, { type: 'commit-digits' }]).move.to).toBe(3);
    expect(
      run(
        start(),
        [1, 2, 3, 2].map((digit) => ({ type: 'digit', digit }) as const),
      ).digits,
    ).toBe('232');
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

describe('reduceShow: G, then a chapter number', () => {
  it('G asks for a number; digits then Enter go there, as a typed number does', () => {
    const asked = run(start(), [{ type: 'prompt-chapter' }]);
    expect(asked).toMatchObject({ chapterPrompt: true, digits: '' });
    const typed = run(
      asked,
      [1, 2].map((digit) => ({ type: 'digit', digit }) as const),
    );
    expect(typed).toMatchObject({ chapterPrompt: true, digits: '12' });
    const landed = reduceShow(typed, { type: 'commit-digits' }, 20);
    expect(landed).toMatchObject({ chapterPrompt: false, digits: '' });
    expect(landed.move.to).toBe(11);
  });

  it('G starts a fresh number; Enter with no number, Escape or another command closes the prompt', () => {
    expect(run(start(), [{ type: 'digit', digit: 4 }, { type: 'prompt-chapter' }]).digits).toBe('');
    const asked = run(start(), [{ type: 'prompt-chapter' }]);
    expect(run(asked, [{ type: 'commit-digits' }])).toMatchObject({ chapterPrompt: false, move: { to: 0 } });
    expect(run(asked, [{ type: 'dismiss' }]).chapterPrompt).toBe(false);
    expect(run(asked, [{ type: 'next' }])).toMatchObject({ chapterPrompt: false, move: { to: 1 } });
  });

  it('G leaves autoplay running until the number is committed', () => {
    expect(run(start({ autoplay: true }), [{ type: 'prompt-chapter' }, { type: 'digit', digit: 3 }]).autoplay).toBe(true);
    expect(run(start({ autoplay: true }), [{ type: 'prompt-chapter' }, { type: 'digit', digit: 3 }, { type: 'commit-digits' }]).autoplay).toBe(false);
  });
});

describe('reduceShow: the overview', () => {
  it('O opens it on the current chapter and O again closes it, without moving', () => {
    const open = run(at(3), [{ type: 'overview' }]);
    expect(open.overview).toBe(3);
    const closed = run(open, [{ type: 'overview' }]);
    expect(closed.overview).toBeNull();
    expect(closed.move).toBe(open.move);
  });

  it('the selection stays on the cards, and only while the overview is open', () => {
    const open = run(start(), [{ type: 'overview' }]);
    expect(run(open, [{ type: 'overview-select', index: 4 }]).overview).toBe(4);
    expect(run(open, [{ type: 'overview-select', index: 40 }]).overview).toBe(COUNT - 1);
    expect(run(open, [{ type: 'overview-select', index: -2 }]).overview).toBe(0);
    expect(run(start(), [{ type: 'overview-select', index: 4 }]).overview).toBeNull();
    const closed = start();
    expect(reduceShow(closed, { type: 'overview-go' }, COUNT)).toBe(closed);
  });

  it('going from the overview lands at rest on the selected card, even the next chapter, and closes it', () => {
    const chosen = run(start(), [{ type: 'overview' }, { type: 'overview-select', index: 1 }, { type: 'overview-go' }]);
    expect(chosen).toMatchObject({ overview: null, move: { to: 1, animate: false } });
    expect(run(start(), [{ type: 'overview' }, { type: 'jump', index: 4 }])).toMatchObject({ overview: null, move: { to: 4, animate: false } });
  });

  it('a jump (a touch on a card or a timeline point) lands at rest, even on the next chapter, and takes control', () => {
    expect(run(at(2, true), [{ type: 'jump', index: 3 }])).toMatchObject({ move: { to: 3, animate: false } });
    expect(run(start({ autoplay: true }), [{ type: 'jump', index: 1 }]).autoplay).toBe(false);
    const state = at(2);
    expect(reduceShow(state, { type: 'jump', index: 2 }, COUNT)).toBe(state);
  });

  it('choosing the chapter already on screen just closes the overview', () => {
    const state = at(2);
    const closed = run(state, [{ type: 'overview' }, { type: 'overview-go' }]);
    expect(closed.overview).toBeNull();
    expect(closed.move).toBe(state.move);
  });

  it('opening the overview takes control from autoplay; a move or Escape closes it, after the help', () => {
    expect(run(start({ autoplay: true }), [{ type: 'overview' }]).autoplay).toBe(false);
    expect(run(start(), [{ type: 'overview' }, { type: 'next' }]).overview).toBeNull();
    const both = run(start(), [{ type: 'overview' }, { type: 'help' }]);
    const once = run(both, [{ type: 'dismiss' }]);
    expect(once).toMatchObject({ help: false, overview: 0 });
    expect(run(once, [{ type: 'dismiss' }]).overview).toBeNull();
  });
});

describe('reduceShow: pausing and scrubbing the travel', () => {
  it('K pauses and resumes, without moving the show', () => {
    const state = at(2);
    const paused = run(state, [{ type: 'pause' }]);
    expect(paused.travel).toEqual({ paused: true, seek: null });
    expect(paused.move).toBe(state.move);
    expect(run(paused, [{ type: 'pause' }]).travel).toEqual({ paused: false, seek: null });
  });

  it('K leaves autoplay on (autoplay waits while paused); scrubbing takes control', () => {
    expect(run(start({ autoplay: true }), [{ type: 'pause' }])).toMatchObject({ autoplay: true, travel: { paused: true } });
    expect(run(start({ autoplay: true }), [{ type: 'seek', to: 0.5 }])).toMatchObject({ autoplay: false, travel: { paused: true } });
  });

  it('a seek holds the flag at that fraction of the leg, kept between 0 and 1', () => {
    expect(run(start(), [{ type: 'seek', to: 0.3 }]).travel).toEqual({ paused: true, seek: 0.3 });
    expect(run(start(), [{ type: 'seek', to: 1.4 }]).travel.seek).toBe(1);
    expect(run(start(), [{ type: 'seek', to: -0.2 }]).travel.seek).toBe(0);
    expect(run(start(), [{ type: 'seek', to: Number.NaN }]).travel.seek).toBe(0);
  });

  it('seeking the same point again changes nothing; pausing or resuming after a seek forgets it', () => {
    const sought = run(start(), [{ type: 'seek', to: 0.4 }]);
    expect(reduceShow(sought, { type: 'seek', to: 0.4 }, COUNT)).toBe(sought);
    expect(run(sought, [{ type: 'pause' }]).travel).toEqual({ paused: false, seek: null });
    expect(run(sought, [{ type: 'pause', on: true }]).travel).toEqual({ paused: true, seek: null });
  });

  it('every move plays its leg again', () => {
    for (const command of [{ type: 'next' }, { type: 'prev' }, { type: 'goto', index: 4 }, { type: 'settle' }] as const) {
      expect(run(at(2), [{ type: 'seek', to: 0.5 }, command]).travel).toEqual({ paused: false, seek: null });
    }
  });

  it('autoplay coming back by itself lifts a pause; a person turning autoplay on does not', () => {
    const paused = run(start(), [{ type: 'pause' }]);
    expect(run(paused, [{ type: 'autoplay', on: true }], 'show').travel.paused).toBe(false);
    expect(run(paused, [{ type: 'autoplay' }]).travel.paused).toBe(true);
  });
});
