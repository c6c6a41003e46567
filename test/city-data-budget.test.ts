import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/** All the city maps (scripts/prepare-city-map.mjs) may add at most this much to the app, gzipped. */
const BUDGET_GZIP_BYTES = 3 * 1024 * 1024;
const folder = join(import.meta.dirname, '../src/renderer/map/basemap/city-data');

describe('the city map files', () => {
  it('keep to their size budget, gzipped', () => {
    const files = readdirSync(folder);
    expect(files.sort()).toEqual(['la.bin', 'paris.bin']);
    const bytes = files.reduce((sum, name) => sum + gzipSync(readFileSync(join(folder, name))).length, 0);
    console.log(`city maps: ${(bytes / 1024 / 1024).toFixed(2)} MB gzipped (budget ${BUDGET_GZIP_BYTES / 1024 / 1024} MB)`);
    expect(bytes).toBeLessThan(BUDGET_GZIP_BYTES);
  });
});
