// @ts-check
/**
 * The bench's command line, constants and the chapters it walks through.
 * Chapters are read from data/chapters.json at start: never by index, since
 * the content changes.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const RENDERER = resolve(ROOT, 'out/renderer');
/** Cold loads for the first-draw median. */
export const COLD_LOADS = 5;
/** Every measure, in the order they run; `--only` picks some. */
export const MEASURES = /** @type {const} */ (['first-draw', 'flights', 'presenter', 'memory', 'bundles']);
/** @typedef {(typeof MEASURES)[number]} Measure */

/** @typedef {{ id: string, dwellSeconds: number, travelSeconds?: number, route?: unknown }} Chapter */
/** @type {Chapter[]} */
export const CHAPTERS = JSON.parse(readFileSync(resolve(ROOT, 'data/chapters.json'), 'utf8')).chapters;

/** @param {string} name */
const option = (name) =>
  process.argv
    .slice(2)
    .find((a) => a === `--${name}` || a.startsWith(`--${name}=`))
    ?.split('=')[1];

/**
 * The window, in CSS px, and the device pixel ratio: `--size=3840x2160` is a 4K screen at 100%,
 * `--size=1920x1080 --dpr=2` the same screen at 200%. Default: the kiosk's 1920×1080.
 */
export const VIEWPORT = sizeOf(option('size') ?? '1920x1080');
export const DPR = Math.max(1, Number(option('dpr') ?? 1) || 1);

/** @param {string} text */
function sizeOf(text) {
  const match = /^(\d{3,5})x(\d{3,5})$/.exec(text);
  if (!match) {
    console.error(`bench: --size: expected WIDTHxHEIGHT in CSS px, such as 3840x2160 (got "${text}")`);
    process.exit(2);
  }
  return { width: Number(match[1]), height: Number(match[2]) };
}

/** Attract loops for the memory plateau. */
export const LOOPS = Math.max(1, Number(option('loops') ?? 1000));
/** CPU slowdown through CDP Emulation.setCPUThrottlingRate (not applied to the memory check). */
export const THROTTLE = Math.max(1, Number(option('throttle') ?? 1));
export const HEADED = process.argv.includes('--headed');
/** @type {Set<Measure>} */
export const ONLY = new Set(
  /** @type {Measure[]} */ ((option('only') ?? MEASURES.join(',')).split(',').filter((m) => MEASURES.includes(/** @type {Measure} */ (m)))),
);
