/**
 * The docs tell the truth about keys, flags and config keys: docs/keys.md's key
 * table is generated from the app's key table, and every flag and setting the
 * app reads is documented in docs/operator.md. The README stays a front door.
 * `UPDATE_README=1 npx vitest run test/readme.test.ts` writes the key table
 * after a change to src/model/keys.ts.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEY_BINDINGS } from '../src/model/keys';
import { FLAGS, SETTINGS_SCHEMA } from '../src/shared/config';

const README = resolve(import.meta.dirname, '../README.md');
const KEYS = resolve(import.meta.dirname, '../docs/keys.md');
const OPERATOR = resolve(import.meta.dirname, '../docs/operator.md');
/** A front door: what it is, the two commands, the three uses, and links. */
const README_MAX_LINES = 150;
const START = '<!-- keys: generated from src/model/keys.ts by test/readme.test.ts -->';
const END = '<!-- /keys -->';

const cell = (text: string) => text.replace(/\s+/g, ' ').replace(/\|/g, '\\|');

/** The key table as the README shows it: one row per binding, in English and in French. */
function keyTable(): string {
  const rows = KEY_BINDINGS.map((b) => `| ${cell(b.label.en)} | ${cell(b.help.en)} | ${cell(b.help.fr)} |`);
  return [START, '| keys | what they do | en français |', '| --- | --- | --- |', ...rows, END].join('\n');
}

describe('the docs', () => {
  it('docs/keys.md shows the key table the app uses, every key with what it does', () => {
    const keys = readFileSync(KEYS, 'utf8');
    const start = keys.indexOf(START);
    const end = keys.indexOf(END);
    expect(start, `docs/keys.md needs the block ${START} … ${END}`).toBeGreaterThan(-1);
    const block = keys.slice(start, end + END.length);
    if (process.env.UPDATE_README && block !== keyTable()) writeFileSync(KEYS, keys.replace(block, keyTable()));
    else expect(block, 'run UPDATE_README=1 npx vitest run test/readme.test.ts').toBe(keyTable());
  });

  it('docs/operator.md documents every flag and every config key', () => {
    const operator = readFileSync(OPERATOR, 'utf8');
    for (const flag of [...Object.keys(FLAGS), 'config', 'help']) expect(operator, `--${flag}`).toContain(`--${flag}`);
    for (const key of Object.keys(SETTINGS_SCHEMA.shape)) expect(operator, key).toContain(`\`${key}\``);
  });

  it('the README is a front door, and every page it links to exists', () => {
    const readme = readFileSync(README, 'utf8');
    expect(readme.split('\n').length).toBeLessThanOrEqual(README_MAX_LINES);
    const links = [...readme.matchAll(/\]\((docs\/[^)#]+)/g)].map((m) => m[1] ?? '');
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) expect(existsSync(resolve(import.meta.dirname, '..', link)), link).toBe(true);
  });
});
