import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findElectronBinary } from './electron-binary.mjs';

function electronPackage({ pathTxt, binary }: { pathTxt?: string; binary?: string }) {
  const dir = mkdtempSync(join(tmpdir(), 'handover-electron-'));
  if (pathTxt !== undefined) writeFileSync(join(dir, 'path.txt'), pathTxt);
  if (binary) {
    mkdirSync(join(dir, 'dist'), { recursive: true });
    writeFileSync(join(dir, 'dist', binary), '');
  }
  return dir;
}

describe('findElectronBinary', () => {
  it('finds no binary when path.txt is missing (never downloaded)', () => {
    const result = findElectronBinary({ env: {}, electronDir: electronPackage({}) });
    expect(result).toEqual({ found: false, reason: expect.stringContaining('path.txt') });
  });

  it('finds no binary when path.txt names a missing file', () => {
    expect(findElectronBinary({ env: {}, electronDir: electronPackage({ pathTxt: 'electron' }) }).found).toBe(false);
  });

  it('finds dist/<path.txt> when it is there', () => {
    const dir = electronPackage({ pathTxt: 'electron', binary: 'electron' });
    expect(findElectronBinary({ env: {}, electronDir: dir })).toEqual({ found: true, path: join(dir, 'dist', 'electron') });
  });

  it('honours ELECTRON_EXEC_PATH and ELECTRON_OVERRIDE_DIST_PATH', () => {
    const dir = electronPackage({ pathTxt: 'electron', binary: 'electron' });
    const binary = join(dir, 'dist', 'electron');
    expect(findElectronBinary({ env: { ELECTRON_EXEC_PATH: binary }, electronDir: null })).toEqual({ found: true, path: binary });
    expect(findElectronBinary({ env: { ELECTRON_EXEC_PATH: '/nowhere/electron' }, electronDir: dir }).found).toBe(false);
    expect(findElectronBinary({ env: { ELECTRON_OVERRIDE_DIST_PATH: join(dir, 'dist') }, electronDir: dir })).toEqual({ found: true, path: binary });
  });
});
