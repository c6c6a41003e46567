import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '@shared/csp.mjs';
import { protocol, resetFakeElectron } from './fake-electron.test-support';
import { recordingLogger } from './recording-logger.test-support';
import { registerAppScheme, serveAppProtocol } from './protocol';

vi.mock('electron', () => import('./fake-electron.test-support'));

function makeRoots() {
  const base = mkdtempSync(join(tmpdir(), 'handover-protocol-'));
  const rendererDir = join(base, 'out/renderer');
  const dataDir = join(base, 'content');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  mkdirSync(dataDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Handover</title>');
  writeFileSync(join(rendererDir, 'assets/app.js'), 'console.log(1)');
  writeFileSync(join(base, 'secret.txt'), 'do not serve');
  writeFileSync(join(dataDir, 'chapters.json'), '{"chapters":[]}');
  // Links out of the content folder, as a careless or hostile edit might leave.
  symlinkSync(join(base, 'secret.txt'), join(dataDir, 'places.json'));
  symlinkSync(base, join(dataDir, 'up'));
  return { rendererDir, dataDir };
}

function serve() {
  const log = recordingLogger();
  const stop = serveAppProtocol(makeRoots(), log);
  const [scheme, handler] = protocol.handle.mock.calls[0]!;
  expect(scheme).toBe('app');
  const get = (url: string, method = 'GET') => handler(new Request(url, { method }));
  return { get, log, stop };
}

beforeEach(resetFakeElectron);

describe('app protocol', () => {
  it('registers app:// as a standard, secure, fetchable, streaming scheme', () => {
    registerAppScheme();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
    ]);
  });

  it('serves the renderer with its type and the CSP header, cacheable', async () => {
    const { get } = serve();
    const response = await get('app://handover/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('cache-control')).toBeNull();
    expect(await response.text()).toContain('<title>Handover</title>');
    expect((await get('app://handover/assets/app.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('serves data/ from the --data folder, never cached', async () => {
    const { get } = serve();
    const response = await get('app://handover/data/chapters.json');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ chapters: [] });
  });

  it.each(['app://handover/..%2fsecret.txt', 'app://handover/data/..%2f..%2fsecret.txt', 'app://handover/data/%2e%2e%2fsecret.txt'])(
    'refuses ../ traversal with 404: %s',
    async (url) => {
      const { get, log } = serve();
      const response = await get(url);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('do not serve');
      expect(log.lines.join('\n')).toContain('refused');
    },
  );

  it.each(['app://handover/data/places.json', 'app://handover/data/up/secret.txt'])(
    'serves no symlink that leads out of the content folder: %s',
    async (url) => {
      const { get, log } = serve();
      const response = await get(url);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('do not serve');
      expect(log.lines.join('\n')).toContain('outside the app');
    },
  );

  it('answers 404 for a missing file, another host, or a folder', async () => {
    const { get } = serve();
    expect((await get('app://handover/missing.js')).status).toBe(404);
    expect((await get('app://elsewhere/index.html')).status).toBe(404);
    expect((await get('app://handover/assets')).status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const { get } = serve();
    expect((await get('app://handover/index.html', 'POST')).status).toBe(405);
    const head = await get('app://handover/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('stops serving when asked', () => {
    const { stop } = serve();
    stop();
    expect(protocol.unhandle).toHaveBeenCalledWith('app');
  });
});
