// @ts-check
/**
 * Serves the built renderer over http for a plain browser (Playwright, or
 * `npm start` without Electron's binary): out/renderer, with /data/* from the
 * content folder. Node's http only. Which file a path names and whether it
 * may be served are src/main/app-files.mjs's rules, the app protocol's own.
 *
 *   node scripts/serve.mjs [--port=N] [--data=DIR]
 */
import { readFile } from 'node:fs/promises';
import { existsSync, realpathSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentTypeFor, isNotFound, realPathInside, resolveAppFile } from '../src/main/app-files.mjs';
import { CONTENT_SECURITY_POLICY } from '../src/shared/csp.mjs';

const ROOT = resolve(import.meta.dirname, '..');


/**
 * @param {{ rendererDir: string, dataDir: string, port?: number, host?: string }} options
 * @returns {Promise<{ url: string, close(): Promise<void> }>}
 */
export function startServer({ rendererDir, dataDir, port = 0, host = '127.0.0.1' }) {
  const roots = { rendererDir, dataDir };
  const server = createServer(async (request, response) => {
    /** @param {number} status @param {string} text */
    const fail = (status, text) => {
      response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': CONTENT_SECURITY_POLICY });
      response.end(text);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') return fail(405, 'Method not allowed');
    const file = resolveAppFile(new URL(request.url ?? '/', 'http://localhost').pathname, roots);
    if (!file) return fail(404, 'Not found');
    try {
      const real = await realPathInside(file, roots);
      if (!real) return fail(404, 'Not found');
      const body = await readFile(real);
      response.writeHead(200, {
        'Content-Type': contentTypeFor(file.path),
        'Content-Length': body.length,
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch (error) {
      if (isNotFound(error)) fail(404, 'Not found');
      else fail(500, 'Cannot read file');
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolvePromise({
        url: `http://${host}:${actualPort}/`,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

/**
 * `--port=N` and `--data=DIR` from a command line.
 * @param {readonly string[]} args
 */
export function serverOptionsFromArgs(args) {
  /** @param {string} name */
  const value = (name) => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
  const port = Number(value('port') ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port expects a number from 0 to 65535 (got "${value('port')}")`);
  const data = value('data');
  return {
    rendererDir: resolve(ROOT, 'out/renderer'),
    dataDir: data ? resolve(data) : resolve(ROOT, 'data'),
    port,
  };
}

const runDirectly = process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
if (runDirectly) {
  const options = serverOptionsFromArgs(process.argv.slice(2));
  if (!existsSync(resolve(options.rendererDir, 'index.html'))) {
    console.warn(`${options.rendererDir} has no index.html yet: run "npm run build" first`);
  }
  const server = await startServer(options);
  console.log(`Handover is served at ${server.url} (content from ${options.dataDir})`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
