/**
 * What the audience window and the presenter view say to each other over a
 * BroadcastChannel. A message from another window is untrusted input: each is
 * checked here and anything else is dropped. (zod: never import this from the
 * sandboxed preload.)
 *
 * The audience owns the show. The presenter asks for the state (`hello`) and
 * sends commands; the audience applies them and sends its state after every
 * change and every command, with the number of the last command it applied
 * from each presenter (`acks`), and says `gone` when its page goes away.
 */
import { z } from 'zod';
import { LANGS } from '../shared/i18n';
import type { ShowCommand, ShowState } from './show-state';

export const PRESENTER_CHANNEL = 'handover-presenter';

/** Ids name a window for as long as its page lives. */
const windowId = z.string().regex(/^[a-z0-9-]{1,40}$/);
const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const plain = <T extends string>(type: T) => z.strictObject({ type: z.literal(type) });

/**
 * The commands a presenter may send, one schema each; null for the show's own
 * (autoplay's step, the restart's settle), which no other window may send.
 * Keyed by every command type, so a new command must be decided on here.
 */
const COMMANDS = {
  next: plain('next'),
  prev: plain('prev'),
  first: plain('first'),
  last: plain('last'),
  goto: z.strictObject({ type: z.literal('goto'), index: z.number().int().min(0).max(9999) }),
  digit: z.strictObject({ type: z.literal('digit'), digit: z.number().int().min(0).max(9) }),
  'commit-digits': plain('commit-digits'),
  blackout: plain('blackout'),
  help: plain('help'),
  autoplay: z.strictObject({ type: z.literal('autoplay'), on: z.boolean().optional() }),
  language: z.strictObject({ type: z.literal('language'), lang: z.enum(LANGS).optional() }),
  dismiss: plain('dismiss'),
  'take-control': plain('take-control'),
  presenter: plain('presenter'),
  'prompt-chapter': plain('prompt-chapter'),
  overview: plain('overview'),
  'overview-select': z.strictObject({ type: z.literal('overview-select'), index: z.number().int().min(0).max(9999) }),
  'overview-go': plain('overview-go'),
  jump: z.strictObject({ type: z.literal('jump'), index: z.number().int().min(0).max(9999) }),
  pause: z.strictObject({ type: z.literal('pause'), on: z.boolean().optional() }),
  seek: z.strictObject({ type: z.literal('seek'), to: z.number().min(0).max(1) }),
  advance: null,
  settle: null,
  align: null,
} satisfies { [T in ShowCommand['type']]: z.ZodType<Extract<ShowCommand, { type: T }>> | null };

const commandSchema = z.union(Object.values(COMMANDS).filter((schema) => schema !== null)) as unknown as z.ZodType<ShowCommand>;

const stateSchema = z.strictObject({
  move: z.strictObject({
    to: count,
    animate: z.boolean(),
    serial: count,
    loop: z.strictObject({ start: z.number().finite(), rejoin: z.boolean() }).optional(),
  }),
  blackout: z.boolean(),
  help: z.boolean(),
  autoplay: z.boolean(),
  digits: z.string().regex(/^\d{0,3}$/),
  lang: z.enum(LANGS),
  presenterRequests: count,
  chapterPrompt: z.boolean(),
  overview: count.max(9999).nullable(),
  travel: z.strictObject({ paused: z.boolean(), seek: z.number().min(0).max(1).nullable() }),
}) satisfies z.ZodType<ShowState>;

const presenterMessageSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('hello'), from: windowId }),
  z.strictObject({ kind: z.literal('command'), from: windowId, seq: count, command: commandSchema }),
]);

const audienceMessageSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('state'),
    audience: windowId,
    /** The id of the chapter on screen: the presenter finds it in its own copy of the content. */
    chapter: z.string().max(200),
    state: stateSchema,
    acks: z.record(windowId, count),
  }),
  z.strictObject({ kind: z.literal('gone'), audience: windowId }),
]);

export type PresenterMessage = z.infer<typeof presenterMessageSchema>;
export type AudienceMessage = z.infer<typeof audienceMessageSchema>;
export type StateMessage = Extract<AudienceMessage, { kind: 'state' }>;

/** A message for the audience from a presenter, or null for anything else. */
export function parsePresenterMessage(data: unknown): PresenterMessage | null {
  const result = presenterMessageSchema.safeParse(data);
  return result.success ? result.data : null;
}

/** A message for the presenter from the audience, or null for anything else. */
export function parseAudienceMessage(data: unknown): AudienceMessage | null {
  const result = audienceMessageSchema.safeParse(data);
  return result.success ? result.data : null;
}

/** A new window id: random, so that a reloaded page is a new window. */
export const newWindowId = (random: () => number = Math.random): string => random().toString(36).slice(2, 12) || '0';
