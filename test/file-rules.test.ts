/**
 * The browser server (scripts/serve.mjs, for tests and `npm start` without
 * Electron) and the app protocol (src/main/protocol.ts) serve by the same
 * rules (src/main/app-files.mjs): asked the same paths of the same folders,
 * they give the same answers.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { protocol } from '../src/main/fake-electron.test-support';
import { rawGet } from '../scripts/raw-get.test-support';
import { recordingLogger } from '../src/main/recording-logger.test-support';
import { serveAppProtocol } from '../src/main/protocol';
import { startServer } from '../scripts/serve.mjs';

vi.mock('electron', () => import('../src/main/fake-electron.test-support'));

const PATHS = [
  '/',
  '/index.html',
  '/assets/app.js',
  '/data/places.json',
  '/data/chapters.json', // a link into the app's folder
  '/data/speeches.json', // a link out of every folder
  '/data/up/secret.txt', // a linked folder out
  '/../secret.txt',
  '/data/../../secret.txt',
  '/..%2fsecret.txt',
  '/data/..%2f..%2fsecret.txt',
  '/%E0%A4%A',
  '/assets/%00.js',
  '/missing.js',
  '/data/',
  '/assets',
];

let server: { url: string; close(): Promise<void> };
let app: (path: string) => Promise<{ status: number; body: string }>;

beforeAll(async () => {
  const base = mkdtempSync(join(tmpdir(), 'handover-rules-'));
  const roots = { rendererDir: join(base, 'renderer'), dataDir: join(base, 'content') };
  mkdirSync(join(roots.rendererDir, 'assets'), { recursive: true });
  mkdirSync(roots.dataDir);
  writeFileSync(join(roots.rendererDir, 'index.html'), '<title>Handover</title>');
  writeFileSync(join(roots.rendererDir, 'assets/app.js'), 'the app');
  writeFileSync(join(base, 'secret.txt'), 'do not serve');
  writeFileSync(join(roots.dataDir, 'places.json'), '[]');
  symlinkSync(join(roots.rendererDir, 'assets/app.js'), join(roots.dataDir, 'chapters.json'));
  symlinkSync(join(base, 'secret.txt'), join(roots.dataDir, 'speeches.json'));
  symlinkSync(base, join(roots.dataDir, 'up'));
  server = await startServer(roots);
  serveAppProtocol(roots, recordingLogger());
  const handler = protocol.handle.mock.calls.at(-1)![1];
  app = async (path) => {
    const response = await handler(new Request(`app://handover${path}`));
    return { status: response.status, body: await response.text() };
  };
});

afterAll(() => server.close());

const get = async (path: string) => {
  const { status, body } = await rawGet(server.url, path);
  return { status, body };
};

describe('the browser server and the app protocol', () => {
  it.each(PATHS)('answer %s alike', async (path) => {
    const [served, viaApp] = await Promise.all([get(path), app(path)]);
    expect(served).toEqual(viaApp);
  });
});
