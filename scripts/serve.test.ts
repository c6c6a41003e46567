import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '@shared/csp.mjs';
import { DEFAULT_STATUS_DIR, serverOptionsFromArgs, startServer } from './serve.mjs';
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

  it('reads --port, --data and --status from a command line and refuses a bad port', () => {
    expect(serverOptionsFromArgs(['--port=4173', '--data=/content', '--status=/srv/status'])).toMatchObject({
      port: 4173,
      dataDir: '/content',
      statusDir: '/srv/status',
    });
    expect(serverOptionsFromArgs([]).dataDir).toMatch(/data$/);
    expect(serverOptionsFromArgs([]).statusDir).toBe(DEFAULT_STATUS_DIR);
    expect(() => serverOptionsFromArgs(['--port=http'])).toThrow(/--port/);
  });
});

describe('scripts/serve.mjs status reports', () => {
  const REPORT = {
    pageId: 'p',
    contentHash: 'abc',
    chapter: 'overview',
    mode: 'visitor',
    lastFrameAt: Date.now(),
    errors: 1,
    lastError: 'x',
    restarts: {},
    syncOffsetMs: null,
  };

  async function serveWithStatus() {
    const base = mkdtempSync(join(tmpdir(), 'handover-status-'));
    const rendererDir = join(base, 'renderer');
    mkdirSync(rendererDir);
    const statusDir = join(base, 'status');
    const server = await startServer({ rendererDir, dataDir: base, statusDir, statusEveryMs: 200 });
    close = server.close;
    const post = (body: string, headers: Record<string, string> = { 'Content-Type': 'application/json' }) =>
      fetch(new URL('status', server.url), { method: 'POST', body, headers }).then((r) => r.status);
    return { statusDir, post, origin: server.url.replace(/\/$/, '') };
  }

  it('writes status.json and handover.prom at once, and a report it takes shows in the next writing; a reader never finds half a file', async () => {
    const { statusDir, post, origin } = await serveWithStatus();
    await vi.waitFor(() => expect(readdirSync(statusDir).sort()).toEqual(['handover.prom', 'status.json']));
    expect(JSON.parse(readFileSync(join(statusDir, 'status.json'), 'utf8'))).toMatchObject({ mode: 'starting', rendering: false });
    expect(await post(JSON.stringify(REPORT), { 'Content-Type': 'application/json', Origin: origin })).toBe(204);
    await vi.waitFor(() =>
      expect(JSON.parse(readFileSync(join(statusDir, 'status.json'), 'utf8'))).toMatchObject({
        mode: 'visitor',
        rendering: true,
        errors: { total: 1, last: 'x' },
      }),
    );
    for (let i = 0; i < 20; i++) expect(() => JSON.parse(readFileSync(join(statusDir, 'status.json'), 'utf8'))).not.toThrow();
  });

  it('refuses what is not a report (400) and a report from another origin (403)', async () => {
    const { post } = await serveWithStatus();
    expect(await post('{"mode": "autoplay"}')).toBe(400);
    expect(await post('not json')).toBe(400);
    expect(await post(JSON.stringify(REPORT), { 'Content-Type': 'text/plain' })).toBe(400);
    expect(await post('x'.repeat(20_000))).toBe(400);
    expect(await post(JSON.stringify(REPORT), { 'Content-Type': 'application/json', Origin: 'https://example.com' })).toBe(403);
  });

  it('without a status folder it takes reports and writes nothing', async () => {
    const base = mkdtempSync(join(tmpdir(), 'handover-status-'));
    const server = await startServer({ rendererDir: base, dataDir: base });
    close = server.close;
    const status = await fetch(new URL('status', server.url), {
      method: 'POST',
      body: JSON.stringify(REPORT),
      headers: { 'Content-Type': 'application/json' },
    }).then((r) => r.status);
    expect(status).toBe(204);
    expect(readdirSync(base)).toEqual([]);
  });
});
