/**
 * The app's settings, from one schema: defaults, then a JSON config file
 * (Electron), then flags on the command line or URL parameters (a browser).
 * A bad value never stops the show: it is reported with the file or flag, the
 * setting and what was expected, and that one setting keeps its earlier value.
 */
import { z } from 'zod';
import { parseChord } from './chord';
import { LANGS } from './i18n';
import { parseOpeningHours } from './opening-hours';
import { PARTS } from './parts';

const hours = z.string().refine((text) => parseOpeningHours(text) !== null, 'expected opening hours as "HH:MM-HH:MM", for example "09:00-18:00"');

const LANG_EXPECTED = `expected a language: ${LANGS.map((l) => `"${l}"`).join(' or ')} (English or French)`;

const DISPLAY_EXPECTED = 'expected "primary" or a monitor number from 1 to 16';

const PART_EXPECTED = `expected a part of the show: ${PARTS.map((p) => `"${p}"`).join(', ')}`;
const PARTS_EXPECTED = `expected parts of the show, one per display, from ${PARTS.map((p) => `"${p}"`).join(', ')}, as "map,story,diagram"`;

/** Every setting, with what a good value is. The same schema checks the config file and the flags. */
export const SETTINGS_SCHEMA = z.strictObject({
  /** Fullscreen kiosk (true) or a normal window (false). */
  kiosk: z.boolean({ error: 'expected true or false' }),
  /** Which monitor shows the show: "primary", or a number from 1 in the system's order. */
  display: z.union([z.literal('primary'), z.number({ error: DISPLAY_EXPECTED }).int().min(1).max(16)], { error: DISPLAY_EXPECTED }),
  /** The attract loop: advance and loop by itself, and come back after `idleSeconds` without input. */
  autoplay: z.boolean({ error: 'expected true or false' }),
  /** Seconds without input before the attract loop takes over again. */
  idleSeconds: z.number({ error: 'expected a whole number of seconds from 5 to 3600' }).int().min(5).max(3600),
  /** A folder of content files to use instead of the bundled data/; null for the bundled one. */
  content: z.string().trim().min(1, 'expected a folder').nullable(),
  /** The language the show starts in; L switches it while the show runs. */
  lang: z.enum(LANGS, { error: LANG_EXPECTED }),
  /** Outside these hours the screen is black; null for always open. */
  openingHours: hours.nullable(),
  /** Open the presenter view as well (second display, or second window); in a kiosk, the only way to allow it. */
  presenter: z.boolean({ error: 'expected true or false' }),
  /** Kiosks in step by their clocks: the attract loop's place is a function of the time of day (UTC), the same on every kiosk. */
  sync: z.boolean({ error: 'expected true or false' }),
  /** The operator's way out of the kiosk, as "Ctrl+Shift+Q". */
  operatorChord: z.string().refine((text) => parseChord(text) !== null, 'expected a chord with Ctrl or Alt and a letter, as "Ctrl+Shift+Q"'),
  /** What this window shows: the map, the story (text and quotes), the relay diagram, or all of it. */
  part: z.enum(PARTS, { error: PART_EXPECTED }),
  /** One window per display, each showing its part, the first leading the others; empty for one window. */
  parts: z.array(z.enum(PARTS, { error: PARTS_EXPECTED }), { error: PARTS_EXPECTED }).max(16, PARTS_EXPECTED),
  /** Where the status files go (status.json, handover.prom, screen.jpg); null for the logs folder. */
  statusDir: z.string({ error: 'expected a folder' }).trim().min(1, 'expected a folder').nullable(),
});

export type Settings = z.infer<typeof SETTINGS_SCHEMA>;
export type SettingName = keyof Settings;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  kiosk: true,
  display: 'primary',
  autoplay: false,
  idleSeconds: 60,
  content: null,
  lang: 'en',
  openingHours: null,
  presenter: false,
  sync: false,
  operatorChord: 'Ctrl+Shift+Q',
  part: 'all',
  parts: [],
  statusDir: null,
});

export type SettingSource = 'default' | 'config file' | 'flag';

export interface ParsedSettings {
  settings: Settings;
  /** Where each setting's value came from, for the log. */
  sources: Record<SettingName, SettingSource>;
  /** One sentence per bad flag or config entry, naming it and saying what was expected. */
  problems: string[];
}

/** How a flag sets a setting: its name, and how its text becomes a value. */
interface Flag {
  setting: SettingName;
  /** A switch takes no value; a flag with one names it here, as in --idle=SECONDS. */
  arg?: string;
  value?: (text: string) => unknown;
  /** The value a switch sets. */
  sets?: unknown;
  help: string;
}

const whole = (text: string): unknown => (/^\d+$/.test(text) ? Number(text) : text);

export const FLAGS: Readonly<Record<string, Flag>> = {
  windowed: { setting: 'kiosk', sets: false, help: 'a normal window instead of the fullscreen kiosk' },
  kiosk: { setting: 'kiosk', sets: true, help: 'fullscreen kiosk (the default)' },
  autoplay: { setting: 'autoplay', sets: true, help: 'the attract loop: advances by itself, and comes back after the idle time' },
  idle: { setting: 'idleSeconds', arg: 'SECONDS', value: whole, help: 'seconds without input before autoplay takes over again (5 to 3600)' },
  data: { setting: 'content', arg: 'FOLDER', value: (text) => text, help: 'read the story from this folder instead of data/' },
  display: {
    setting: 'display',
    arg: 'N',
    value: (text) => (text === 'primary' ? text : whole(text)),
    help: 'which monitor: primary, or 1, 2, … in the system’s order',
  },
  lang: { setting: 'lang', arg: 'en|fr', value: (text) => text, help: 'the language the show starts in: en (English) or fr (French)' },
  presenter: { setting: 'presenter', sets: true, help: 'open the presenter view too: notes, next chapter and timer, on the second display' },
  sync: { setting: 'sync', sets: true, help: 'the attract loop in step with every kiosk whose clock is set by NTP' },
  'opening-hours': { setting: 'openingHours', arg: 'HH:MM-HH:MM', value: (text) => text, help: 'the screen is black outside these hours' },
  part: {
    setting: 'part',
    arg: 'all|map|story|diagram',
    value: (text) => text,
    help: 'show one part of the show: the map, the story (text and quotes), the diagram, or all',
  },
  parts: {
    setting: 'parts',
    arg: 'PART,PART,…',
    value: (text) => text.split(','),
    help: 'one window per display, each showing its part (map,story,diagram); the first leads',
  },
  status: { setting: 'statusDir', arg: 'DIR', value: (text) => text, help: 'write status.json, handover.prom and screen.jpg here (default: the logs folder)' },
};

/** Flags that Electron, Chromium, Playwright or the launcher add; they are not ours to judge. */
const FOREIGN = /^--(inspect|remote-debugging|no-sandbox|disable-|enable-|user-data-dir|allow-file-access|ozone|config(=|$)|help$)/;

/** How a flag is written: --autoplay, --idle=SECONDS. */
export const flagUsage = (name: string): string => (FLAGS[name]?.arg ? `--${name}=${FLAGS[name].arg}` : `--${name}`);

export const FLAG_HELP = Object.keys(FLAGS).map(flagUsage).join(', ');

/** The first problem zod finds with one setting's value, as a sentence. */
function check<K extends SettingName>(name: K, value: unknown): { ok: true; value: Settings[K] } | { ok: false; message: string } {
  const result = SETTINGS_SCHEMA.shape[name].safeParse(value);
  return result.success ? { ok: true, value: result.data as Settings[K] } : { ok: false, message: result.error.issues[0]?.message ?? 'invalid' };
}

const shown = (value: unknown) => (value === undefined ? 'nothing' : JSON.stringify(value));

/**
 * Applies a config file's JSON text over the defaults. `file` names it in
 * problems. Unknown keys and bad values are reported one by one.
 */
function applyConfig(into: ParsedSettings, file: string, text: string): void {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    into.problems.push(`${file}: not valid JSON (${(error as Error).message}); using the defaults and flags`);
    return;
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    into.problems.push(`${file}: expected an object of settings, as { "autoplay": true }; using the defaults and flags`);
    return;
  }
  for (const [key, value] of Object.entries(json)) {
    if (!(key in SETTINGS_SCHEMA.shape)) {
      into.problems.push(`${file} › ${key}: unknown setting; the settings are ${Object.keys(SETTINGS_SCHEMA.shape).join(', ')}`);
      continue;
    }
    const name = key as SettingName;
    const result = check(name, value);
    if (result.ok) set(into, name, result.value, 'config file');
    else into.problems.push(`${file} › ${name}: ${result.message} (got ${shown(value)}); using ${shown(into.settings[name])}`);
  }
}

function set<K extends SettingName>(into: ParsedSettings, name: K, value: Settings[K], source: SettingSource): void {
  into.settings[name] = value;
  into.sources[name] = source;
}

function applyFlags(into: ParsedSettings, args: readonly string[]): void {
  for (const arg of args) {
    if (!arg.startsWith('--') || FOREIGN.test(arg)) continue;
    const [name, text] = splitFlag(arg);
    const flag = FLAGS[name];
    if (!flag) {
      into.problems.push(`unknown flag --${name}; the flags are ${FLAG_HELP}`);
      continue;
    }
    if (!flag.value) {
      if (text !== undefined) into.problems.push(`--${name} takes no value (got "${text}"); it was ignored`);
      else set(into, flag.setting, flag.sets as never, 'flag');
      continue;
    }
    const result = check(flag.setting, flag.value(text ?? ''));
    if (result.ok) set(into, flag.setting, result.value, 'flag');
    else into.problems.push(`--${name}: ${result.message} (got ${text === undefined ? 'nothing' : `"${text}"`}); using ${shown(into.settings[flag.setting])}`);
  }
}

/** Resolves the settings: defaults, then the config file (if any), then the flags. */
export function resolveSettings(args: readonly string[], config?: { file: string; text: string }): ParsedSettings {
  const sources = Object.fromEntries(Object.keys(DEFAULT_SETTINGS).map((k) => [k, 'default'])) as ParsedSettings['sources'];
  const parsed: ParsedSettings = { settings: { ...DEFAULT_SETTINGS }, sources, problems: [] };
  if (config) applyConfig(parsed, config.file, config.text);
  applyFlags(parsed, args);
  return parsed;
}

/** The settings from flags alone (a browser has no config file). */
export function parseFlags(args: readonly string[]): ParsedSettings {
  return resolveSettings(args);
}

function splitFlag(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  return eq === -1 ? [arg.slice(2), undefined] : [arg.slice(2, eq), arg.slice(eq + 1)];
}

/**
 * URL parameters as flags: `?autoplay&idle=30` reads as `--autoplay --idle=30`.
 * A browser has no folders to offer, so `data` and `status` are not taken from a URL.
 */
export function flagsFromSearch(search: string): string[] {
  return [...new URLSearchParams(search)]
    .filter(([name]) => name !== 'data' && name !== 'status')
    .map(([name, value]) => (value === '' ? `--${name}` : `--${name}=${value}`));
}
