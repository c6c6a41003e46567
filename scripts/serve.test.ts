import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '@shared/csp.mjs';
import { serverOptionsFromArgs, startServer } from './serve.mjs';
import { rawGet } from './raw-get.test-support';

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function serve() {
  const base = mkdtempSync(join(tmpdir(), 'handover-serve-'));
  const rendererDir = join(base, 'renderer');
  const dataDir = join(base, 'content');
  mkdirSync(rendererDir);
  mkdirSync(dataDir);
  writeFileSync(join(rendererDir, 'index.html'), '<title>Handover</title>');
  writeFileSync(join(base, 'secret.txt'), 'do not serve');
  writeFileSync(join(dataDir, 'places.json'), '[]');
  symlinkSync(join(base, 'secret.txt'), join(dataDir, 'speeches.json'));
  // A link from the content folder into the app's own folder: inside a root, but not its own.
  writeFileSync(join(rendererDir, 'app.js'), 'the app, not content');
  symlinkSync(join(rendererDir, 'app.js'), join(dataDir, 'chapters.json'));
  const server = await startServer({ rendererDir, dataDir });
  close = server.close;
  return server.url;
}

const get = rawGet;

describe('scripts/serve.mjs', () => {
  it('serves the renderer on 127.0.0.1 with its type, the CSP and no caching', async () => {
    const url = await serve();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const response = await get(url, '/?autoplay');
    expect(response.status).toBe(200);
    expect(response.body).toContain('<title>Handover</title>');
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('serves /data/* from the data folder', async () => {
    const response = await get(await serve(), '/data/places.json');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.body).toBe('[]');
  });

  it.each(['/../secret.txt', '/data/../../secret.txt', '/..%2fsecret.txt', '/data/..%2f..%2fsecret.txt', '/missing.js'])('answers 404 for %s', async (path) => {
    const response = await get(await serve(), path);
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('do not serve');
  });

  it('serves no symlink that leads out of the content folder', async () => {
    const url = await serve();
    const { status, body } = await get(url, '/data/speeches.json');
    expect(status).toBe(404);
    expect(body).not.toContain('do not serve');
  });

  it('serves no symlink from the content folder into the app folder: each file stays in its own folder, as in the app protocol', async () => {
    const { status, body } = await get(await serve(), '/data/chapters.json');
    expect(status).toBe(404);
    expect(body).not.toContain('the app, not content');
  });

  it('reads --port and --data from a command line and refuses a bad port', () => {
    expect(serverOptionsFromArgs(['--port=4173', '--data=/content'])).toMatchObject({ port: 4173, dataDir: '/content' });
    expect(serverOptionsFromArgs([]).dataDir).toMatch(/data$/);
    expect(() => serverOptionsFromArgs(['--port=http'])).toThrow(/--port/);
  });
});
