import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '@shared/csp.mjs';
import { APP_HOST, APP_SCHEME } from './app-url';
import { contentTypeFor, isNotFound, realPathInside, resolveAppFile, type AppRoots } from './app-files.mjs';
import type { Logger } from './log';

/**
 * Makes `app://` behave like https for the renderer: a real origin for ES
 * modules and fetch, and a secure context. Must run before the app is ready.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } }]);
}

/** Serves `app://handover/...` from the roots; returns a function that stops serving. */
export function serveAppProtocol(roots: AppRoots, log: Logger): () => void {
  protocol.handle(APP_SCHEME, (request) => respond(request, roots, log));
  return () => protocol.unhandle(APP_SCHEME);
}

async function respond(request: Request, roots: AppRoots, log: Logger): Promise<Response> {
  const url = new URL(request.url);
  if (url.host !== APP_HOST) return plain(404, 'Not found');
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
  const file = resolveAppFile(url.pathname, roots);
  if (!file) {
    log.warn(`refused ${request.url}: outside the app's folders`);
    return plain(404, 'Not found');
  }
  try {
    // A symlink in a folder may point anywhere: serve only what really lies inside it.
    const real = await realPathInside(file, roots);
    if (!real) {
      log.warn(`refused ${request.url}: a link that leads outside the app's folder for it`);
      return plain(404, 'Not found');
    }
    const body = await readFile(real);
    const headers: Record<string, string> = {
      'Content-Type': contentTypeFor(file.path),
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    };
    if (file.isData) headers['Cache-Control'] = 'no-store';
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  } catch (error) {
    if (isNotFound(error)) return plain(404, 'Not found');
    log.error(`cannot serve ${request.url}: ${(error as Error).message}`);
    return plain(500, 'Cannot read file');
  }
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': CONTENT_SECURITY_POLICY } });
}
