/**
 * The one command path: every intention (a key, a touch on the diagram, the
 * autoplay timer, the idle timer, a deep link) becomes a named command, and
 * this pure reducer applies it to the show's state. Controllers only dispatch.
 */
import { DEFAULT_LANG, nextLang, type Lang } from '../shared/i18n';
import { navigate, type NavigationCommand } from './navigation';
import { PLAYING, reduceTravel, type TravelCommand, type TravelState } from './travel';

/** The latest move. A new object only when the show moves, so what follows moves is not woken by a toggle. */
export interface ShowMove {
  /** The chapter on screen (0-based). */
  to: number;
  /** Whether reaching it plays its leg (one step forward) or lands at once. */
  animate: boolean;
  /** Counts moves, so that a move to the same chapter is still seen. */
  serial: number;
  /** Under sync, the chapter's turn of the clock's loop: when it began (UTC ms); and a rejoin flies even to a chapter with no leg. */
  loop?: { start: number; rejoin: boolean };
}

/** How the show joins the clock's loop: lands in step (at start), the loop's own step, or a flight there (a rejoin). */
export type AlignHow = 'land' | 'step' | 'rejoin';

export interface ShowState {
  move: ShowMove;
  blackout: boolean;
  help: boolean;
  autoplay: boolean;
  /** A chapter number being typed (1-based, as the presenter sees it). */
  digits: string;
  /** The language every visitor-facing string is shown in. */
  lang: Lang;
  /** Counts requests to open the presenter view (S): the window that shows the show opens it, or brings it forward. */
  presenterRequests: number;
  /** G was pressed: a chapter number is asked for (shown even before a digit is typed). */
  chapterPrompt: boolean;
  /** The overview (O) is open with this chapter's card selected; null when closed. */
  overview: number | null;
  /** The flag's travel along the current leg: paused, or sought to a point. Every move plays again. */
  travel: TravelState;
}

export type ShowCommand =
  | NavigationCommand
  | { type: 'digit'; digit: number }
  /** Enter: go to the typed chapter number, if one was typed. */
  | { type: 'commit-digits' }
  | { type: 'blackout' }
  | { type: 'help' }
  | { type: 'autoplay'; on?: boolean }
  /** L: the other language, or the one named. */
  | { type: 'language'; lang?: Lang }
  /** Escape: close what is open, one layer at a time. */
  | { type: 'dismiss' }
  /** A person is here: autoplay and the black screen give way. */
  | { type: 'take-control' }
  /** Land the current chapter at rest: after a restart, nothing replays. */
  | { type: 'settle' }
  /** S: open the presenter view, or bring it forward. */
  | { type: 'presenter' }
  /** Under sync: go to the clock's chapter, whose turn began at `start` (UTC ms). */
  | { type: 'align'; index: number; start: number; how: AlignHow }
  /** G: ask for a chapter number; digits then Enter go there. */
  | { type: 'prompt-chapter' }
  /** O: open the overview on the current chapter, or close it. */
  | { type: 'overview' }
  /** Select a card in the open overview (kept on the cards). */
  | { type: 'overview-select'; index: number }
  /** Enter in the overview: go to the selected card's chapter. */
  | { type: 'overview-go' }
  /** A touch on an overview card or a timeline point: go to that chapter at rest (even the next one), closing the overview. */
  | { type: 'jump'; index: number }
  | TravelCommand;

/** Who asked: a person's command also takes control from autoplay (see takesControl). */
export type CommandSource = 'person' | 'show';

const MAX_DIGITS = 3;

/** `loopStart`: under sync, when the start chapter's turn of the loop began (UTC ms). */
export function initialShowState(options: { autoplay: boolean; start?: number; count: number; lang?: Lang; loopStart?: number }): ShowState {
  const start = options.start !== undefined && options.start > 0 && options.start < options.count ? options.start : 0;
  const move: ShowMove = { to: start, animate: false, serial: 0 };
  return {
    move: options.loopStart === undefined ? move : { ...move, loop: { start: options.loopStart, rejoin: false } },
    blackout: false,
    help: false,
    autoplay: options.autoplay,
    digits: '',
    lang: options.lang ?? DEFAULT_LANG,
    chapterPrompt: false,
    overview: null,
    travel: PLAYING,
    presenterRequests: 0,
  };
}

/** Commands that leave autoplay and the black screen as they are, even from a person. */
// K pauses with autoplay left on: autoplay waits while the travel is paused, and goes on after K again.
const KEEPS_CONTROL: ReadonlySet<ShowCommand['type']> = new Set([
  'blackout',
  'autoplay',
  'dismiss',
  'help',
  'digit',
  'settle',
  'language',
  'prompt-chapter',
  'pause',
  'presenter',
  'align',
]);

const KEEPS_DIGITS: ReadonlySet<ShowCommand['type']> = new Set(['digit', 'dismiss', 'prompt-chapter']);

/** Whether a person's command takes control from autoplay (and lifts the black screen). */
export const takesControl = (command: ShowCommand): boolean => !KEEPS_CONTROL.has(command.type);

/** Applies `command` to `state` for a show of `count` chapters; returns the same object when nothing changes. */
export function reduceShow(state: ShowState, command: ShowCommand, count: number, source: CommandSource = 'person'): ShowState {
  let next = apply(state, command, count);
  // A typed chapter number lasts until Enter; any other command but Escape drops it.
  if ((next.digits || next.chapterPrompt) && !KEEPS_DIGITS.has(command.type)) next = { ...next, digits: '', chapterPrompt: false };
  // Autoplay coming back by itself (the idle timer) lifts a pause: an unattended kiosk never stays held.
  if (source === 'show' && command.type === 'autoplay' && next.autoplay && next.travel.paused) next = { ...next, travel: PLAYING };
  if (source !== 'person' || !takesControl(command) || (!next.autoplay && !next.blackout)) return next;
  return { ...next, autoplay: false, blackout: false };
}

function go(state: ShowState, command: NavigationCommand, count: number): ShowState {
  const target = navigate(state.move.to, count, command);
  if (!target) return state;
  // Every move closes the overview and plays its leg afresh.
  return { ...state, move: { ...target, serial: state.move.serial + 1 }, overview: null, travel: PLAYING };
}

function apply(state: ShowState, command: ShowCommand, count: number): ShowState {
  switch (command.type) {
    case 'next':
    case 'prev':
    case 'first':
    case 'last':
    case 'goto':
    case 'advance':
      return go(state, command, count);
    case 'digit':
      return { ...state, digits: (state.digits + String(command.digit)).slice(-MAX_DIGITS) };
    case 'commit-digits':
      return state.digits === '' ? state : go(state, { type: 'goto', index: Number(state.digits) - 1 }, count);
    case 'blackout':
      return { ...state, blackout: !state.blackout };
    case 'help':
      return { ...state, help: !state.help };
    case 'autoplay':
      return { ...state, autoplay: command.on ?? !state.autoplay };
    case 'language': {
      const lang = command.lang ?? nextLang(state.lang);
      return lang === state.lang ? state : { ...state, lang };
    }
    case 'dismiss':
      if (state.help) return { ...state, help: false };
      if (state.overview !== null) return { ...state, overview: null };
      if (state.digits || state.chapterPrompt) return { ...state, digits: '', chapterPrompt: false };
      return state.blackout ? { ...state, blackout: false } : state;
    case 'take-control':
      return state;
    case 'settle':
      return { ...state, move: { to: state.move.to, animate: false, serial: state.move.serial + 1 }, travel: PLAYING };
    case 'align': {
      if (!Number.isInteger(command.index) || command.index < 0 || command.index >= count) return state;
      const move = {
        to: command.index,
        animate: command.how !== 'land',
        serial: state.move.serial + 1,
        loop: { start: command.start, rejoin: command.how === 'rejoin' },
      };
      return { ...state, move, overview: null, travel: PLAYING };
    }
    case 'presenter':
      return { ...state, presenterRequests: state.presenterRequests + 1 };
    case 'prompt-chapter':
      return { ...state, digits: '', chapterPrompt: true };
    case 'overview':
      return { ...state, overview: state.overview === null ? state.move.to : null };
    case 'overview-select': {
      if (state.overview === null || !Number.isInteger(command.index)) return state;
      const index = Math.max(0, Math.min(count - 1, command.index));
      return index === state.overview ? state : { ...state, overview: index };
    }
    case 'overview-go':
      return state.overview === null ? state : jump(state, state.overview, count);
    case 'jump':
      return jump(state, command.index, count);
    case 'pause':
    case 'seek': {
      const travel = reduceTravel(state.travel, command);
      return travel === state.travel ? state : { ...state, travel };
    }
  }
}

/** Goes to chapter `index` at rest, even when it is the next one, and closes the overview. */
function jump(state: ShowState, index: number, count: number): ShowState {
  const moved = go(state, { type: 'goto', index }, count);
  if (moved === state) return state.overview === null ? state : { ...state, overview: null };
  return { ...moved, move: { ...moved.move, animate: false } };
}
