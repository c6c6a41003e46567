import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, resolveAppFile } from './app-files.mjs';

const roots = { rendererDir: resolve('/app/out/renderer'), dataDir: resolve('/content') };

describe('resolveAppFile', () => {
  it('serves index.html for the root', () => {
    expect(resolveAppFile('/', roots)).toEqual({ path: resolve('/app/out/renderer/index.html'), isData: false });
  });

  it('maps /data/* to the data folder and marks it as data', () => {
    expect(resolveAppFile('/data/chapters.json', roots)).toEqual({ path: resolve('/content/chapters.json'), isData: true });
  });

  it('decodes percent-escapes', () => {
    expect(resolveAppFile('/assets/a%20b.js', roots)?.path).toBe(resolve('/app/out/renderer/assets/a b.js'));
  });

  it.each([
    '/..%2f..%2fetc/passwd',
    '/data/..%2f..%2fetc/passwd',
    '/data/..%2fout/renderer/index.html',
    '/%2e%2e/package.json',
    '/data/..',
    '/assets/%00.js',
    '/%E0%A4%A', // malformed escape
    'relative/path',
  ])('refuses %s', (path) => {
    expect(resolveAppFile(path, roots)).toBeNull();
  });

  it('does not mistake a sibling folder with the same prefix for the root', () => {
    expect(resolveAppFile('/..%2frenderer-evil/x.js', roots)).toBeNull();
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/app.js', 'text/javascript; charset=utf-8'],
    ['assets/app.CSS', 'text/css; charset=utf-8'],
    ['chapters.json', 'application/json; charset=utf-8'],
    ['inter.woff2', 'font/woff2'],
    ['inter.woff', 'font/woff'],
    ['flag.svg', 'image/svg+xml'],
    ['icon.png', 'image/png'],
    ['notes.bin', 'application/octet-stream'],
  ])('%s is %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });
});
