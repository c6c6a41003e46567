import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/** All the city detail (scripts/prepare-city-map.mjs) may add at most this much to the app, gzipped. */
const BUDGET_GZIP_BYTES = 1.5 * 1024 * 1024;
const folder = join(import.meta.dirname, '../src/renderer/map/basemap/city-data');

describe('the city detail files', () => {
  it('keep to their size budget, gzipped', () => {
    const files = readdirSync(folder).filter((name) => name.endsWith('.json'));
    expect(files.sort()).toEqual(['la.json', 'paris.json']);
    const bytes = files.reduce((sum, name) => sum + gzipSync(readFileSync(join(folder, name))).length, 0);
    expect(bytes).toBeLessThan(BUDGET_GZIP_BYTES);
  });
});
