import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

describe('the preload stays loadable in a sandbox', () => {
  it('src/shared/ipc.ts, which the sandboxed preload bundles, imports no module (a sandboxed preload can require only electron)', () => {
    const source = readFileSync(join(root, 'src/shared/ipc.ts'), 'utf8');
    expect(source.match(/^import (?!type ).*$/gm) ?? []).toEqual([]);
  });
});
