// @ts-check
/** What index.html loads vs. what loads later, and requests that leave the app's origin. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { RENDERER } from './options.mjs';
import { fmt, row, verdict } from './report.mjs';

export function measureBundles() {
  const html = readFileSync(resolve(RENDERER, 'index.html'), 'utf8');
  const dir = resolve(RENDERER, 'assets');
  const kb = (/** @type {string} */ f) => statSync(resolve(dir, f)).size / 1024;
  for (const file of readdirSync(dir)
    .filter((f) => /\.(js|json)$/.test(f))
    .sort((a, b) => kb(a) - kb(b))) {
    const kind = html.includes(`assets/${file}`) ? 'JS entry' : file.endsWith('.js') ? 'JS lazy ' : 'data    ';
    row(`${kind} ${file}`, fmt(kb(file), 'KB'));
  }
}

/** @param {number | undefined} perLoad requests of one cold load, when first-draw ran @param {string[]} requests @param {string} url */
export function measureRequests(perLoad, requests, url) {
  const origin = new URL(url).origin;
  const foreign = requests.filter((r) => !r.startsWith(origin) && !r.startsWith('data:') && !r.startsWith('blob:'));
  if (perLoad !== undefined) row('Requests per cold load', String(perLoad), '(info)');
  row(`Requests off ${origin} (all runs)`, String(foreign.length), '0', verdict(foreign.length === 0));
  for (const r of [...new Set(foreign)].slice(0, 5)) row(`  ${r.slice(0, 60)}`, '');
}
