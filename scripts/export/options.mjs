// @ts-check
/**
 * `npm run export -- …`: the command line, checked. Every mistake is an
 * ExportError that names the flag, what it got and what it expects.
 */
import { resolve } from 'node:path';

export class ExportError extends Error {}

/** @typedef {{ kind: 'pdf' | 'video', file: string, lang: 'en' | 'fr', dataDir: string | null, fps: number, size: { width: number, height: number }, chapters: number | null, seconds: number | null }} ExportOptions */

const USAGE = `Usage:
  npm run export -- --pdf FILE [--lang=en|fr] [--data=FOLDER] [--chapters=N]
  npm run export -- --video FILE [--fps=30] [--size=1920x1080] [--lang=en|fr] [--data=FOLDER] [--chapters=N] [--seconds=S]`;

const SIZE_LIMITS = { minWidth: 320, minHeight: 180, maxWidth: 3840, maxHeight: 2160 };

/**
 * @param {readonly string[]} args
 * @returns {ExportOptions}
 */
export function parseExportArgs(args) {
  /** @type {Map<string, string>} */
  const values = new Map();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const match = /^--([a-z]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new ExportError(`unexpected "${arg}"\n${USAGE}`);
    const [, name = '', inline] = match;
    // --pdf FILE and --video FILE take the next word; --pdf=FILE works too.
    const value = inline ?? ((name === 'pdf' || name === 'video') && args[i + 1] && !args[i + 1]?.startsWith('--') ? args[++i] : undefined);
    if (value === undefined) throw new ExportError(`--${name} expects a value\n${USAGE}`);
    values.set(name, value);
  }
  const known = ['pdf', 'video', 'lang', 'data', 'fps', 'size', 'chapters', 'seconds'];
  const unknown = [...values.keys()].find((name) => !known.includes(name));
  if (unknown) throw new ExportError(`--${unknown} is not an export flag\n${USAGE}`);
  const pdf = values.get('pdf');
  const video = values.get('video');
  if ((pdf === undefined) === (video === undefined)) throw new ExportError(`give one of --pdf FILE or --video FILE\n${USAGE}`);
  const kind = pdf !== undefined ? 'pdf' : 'video';
  if (kind === 'pdf') for (const name of ['fps', 'size', 'seconds']) if (values.has(name)) throw new ExportError(`--${name} is for --video only`);
  const lang = values.get('lang') ?? 'en';
  if (lang !== 'en' && lang !== 'fr') throw new ExportError(`--lang expects en or fr (got "${lang}")`);
  const data = values.get('data');
  return {
    kind,
    file: resolve(/** @type {string} */ (pdf ?? video)),
    lang,
    dataDir: data ? resolve(data) : null,
    fps: whole('fps', values.get('fps') ?? '30', 1, 60),
    size: parseSize(values.get('size') ?? '1920x1080'),
    chapters: values.has('chapters') ? whole('chapters', values.get('chapters') ?? '', 1, 999) : null,
    seconds: values.has('seconds') ? positive('seconds', values.get('seconds') ?? '') : null,
  };
}

/** @param {string} text */
export function parseSize(text) {
  const match = /^(\d+)x(\d+)$/.exec(text);
  const { minWidth, minHeight, maxWidth, maxHeight } = SIZE_LIMITS;
  const expected = `WIDTHxHEIGHT in pixels, even numbers from ${minWidth}x${minHeight} to ${maxWidth}x${maxHeight} (H.264 needs even sizes), such as 1920x1080`;
  if (!match) throw new ExportError(`--size expects ${expected} (got "${text}")`);
  const width = Number(match[1]);
  const height = Number(match[2]);
  if (width % 2 || height % 2 || width < minWidth || height < minHeight || width > maxWidth || height > maxHeight) {
    throw new ExportError(`--size expects ${expected} (got "${text}")`);
  }
  return { width, height };
}

/** @param {string} name @param {string} text @param {number} min @param {number} max */
function whole(name, text, min, max) {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < min || n > max) throw new ExportError(`--${name} expects a whole number from ${min} to ${max} (got "${text}")`);
  return n;
}

/** @param {string} name @param {string} text */
function positive(name, text) {
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n) || n <= 0) throw new ExportError(`--${name} expects a number of seconds above 0 (got "${text}")`);
  return n;
}
