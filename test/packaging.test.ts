/**
 * `npm run dist` packages with electron-builder (electron-builder.yml). Electron's
 * binary cannot be downloaded here, so this packages `--dir` for Linux against a
 * stand-in Electron folder (an empty `electron` file: electron-builder copies the
 * folder and renames that file to the app's executable) and reads the packaged
 * app.asar: it must hold what the app reads at run time (the build, the story,
 * resources/, main's runtime dependencies) and nothing else. Offline: no download,
 * no rebuild, no signing. About a minute on a busy 2-core machine.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extractFile, listPackage } from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_FILES } from '../src/model/content';

const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'handover-packaging-'));
const appDir = join(work, 'dist/linux-unpacked');
const asarPath = join(appDir, 'resources/app.asar');
let files: string[] = [];

beforeAll(() => {
  if (!existsSync(join(root, 'out/main/index.js'))) execFileSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'ignore' });
  const standIn = join(work, 'electron-stand-in');
  execFileSync('mkdir', ['-p', standIn]);
  writeFileSync(join(standIn, 'electron'), '');
  chmodSync(join(standIn, 'electron'), 0o755);
  execFileSync(
    'npx',
    ['electron-builder', '--linux', '--dir', `-c.electronDist=${standIn}`, `-c.directories.output=${join(work, 'dist')}`, '--publish=never'],
    { cwd: root, stdio: 'ignore', env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false', ELECTRON_BUILDER_OFFLINE: 'true' } },
  );
  files = listPackage(asarPath, { isPack: false }).map((file) => file.replaceAll('\\', '/').replace(/^\//, ''));
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The packages under node_modules/ in the archive. */
const packagesIn = (list: string[]) =>
  new Set(
    list
      .filter((f) => f.startsWith('node_modules/'))
      .map((f) =>
        f
          .split('/')
          .slice(1, f.split('/')[1]!.startsWith('@') ? 3 : 2)
          .join('/'),
      )
      .filter((name) => name !== ''),
  );

describe('the packaged app (electron-builder --dir against a stand-in Electron)', () => {
  it('is an executable named handover, the archive and the autostart entries beside it to copy', () => {
    expect(statSync(join(appDir, 'handover')).mode & 0o111).not.toBe(0);
    expect(existsSync(asarPath)).toBe(true);
    expect(readdirSync(join(appDir, 'resources/autostart')).sort()).toEqual(['handover.desktop', 'handover.service']);
  });

  it('holds the build, the story, resources/ and package.json, and nothing else at its top', () => {
    const top = new Set(files.map((f) => f.split('/')[0]));
    expect([...top].sort()).toEqual(['data', 'node_modules', 'out', 'package.json', 'resources']);
    for (const file of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html', 'resources/icon.png', 'resources/handover.example.json'])
      expect(files).toContain(file);
    for (const file of CONTENT_FILES) expect(files).toContain(`data/${file}`);
    expect(files.filter((f) => f.endsWith('.map') || f.startsWith('out/logs'))).toEqual([]);
  });

  it('holds main’s runtime dependencies and no other package: none of the dev dependencies, none the renderer’s build already bundled', () => {
    expect([...packagesIn(files)].sort()).toEqual(['electron-log', 'zod']);
  });

  it('reads its settings from handover.json in the user-data folder "handover", as the README says: its name is handover and no productName renames that folder', () => {
    const packaged = JSON.parse(extractFile(asarPath, 'package.json').toString('utf8')) as Record<string, unknown>;
    expect(packaged).toMatchObject({ name: 'handover', main: './out/main/index.js' });
    expect(packaged.productName).toBeUndefined();
  });
});
