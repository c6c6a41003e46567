/**
 * The README tells the truth about keys, flags and config keys: its key table
 * is generated from the app's key table, and every flag and setting the app
 * reads is documented. `UPDATE_README=1 npx vitest run test/readme.test.ts`
 * writes the key table after a change to src/model/keys.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEY_BINDINGS } from '../src/model/keys';
import { FLAGS, SETTINGS_SCHEMA } from '../src/shared/config';

const README = resolve(import.meta.dirname, '../README.md');
const START = '<!-- keys: generated from src/model/keys.ts by test/readme.test.ts -->';
const END = '<!-- /keys -->';

const cell = (text: string) => text.replace(/\s+/g, ' ').replace(/\|/g, '\\|');

/** The key table as the README shows it: one row per binding, in English and in French. */
function keyTable(): string {
  const rows = KEY_BINDINGS.map((b) => `| ${cell(b.label.en)} | ${cell(b.help.en)} | ${cell(b.help.fr)} |`);
  return [START, '| keys | what they do | en français |', '| --- | --- | --- |', ...rows, END].join('\n');
}

describe('README', () => {
  const readme = readFileSync(README, 'utf8');

  it('shows the key table the app uses, every key with what it does', () => {
    const start = readme.indexOf(START);
    const end = readme.indexOf(END);
    expect(start, `README.md needs the block ${START} … ${END}`).toBeGreaterThan(-1);
    const block = readme.slice(start, end + END.length);
    if (process.env.UPDATE_README && block !== keyTable()) writeFileSync(README, readme.replace(block, keyTable()));
    else expect(block, 'run UPDATE_README=1 npx vitest run test/readme.test.ts').toBe(keyTable());
  });

  it('documents every flag and every config key', () => {
    for (const flag of [...Object.keys(FLAGS), 'config', 'help']) expect(readme, `--${flag}`).toContain(`--${flag}`);
    for (const key of Object.keys(SETTINGS_SCHEMA.shape)) expect(readme, key).toContain(`\`${key}\``);
  });
});
