// @ts-check
/**
 * Serves the built renderer over http for a plain browser (Playwright, or
 * `npm start` without Electron's binary): out/renderer, with /data/* from the
 * content folder. Node's http only. Which file a path names and whether it
 * may be served are src/main/app-files.mjs's rules, the app protocol's own.
 * The page POSTs its health to /status; with a status folder the server
 * writes the status files there on its own timer, as Electron main does.
 *
 *   node scripts/serve.mjs [--port=N] [--data=DIR] [--status=DIR]
 */
import { readFile } from 'node:fs/promises';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentTypeFor, isNotFound, realPathInside, resolveAppFile } from '../src/main/app-files.mjs';
import { writeStatusEvery } from '../src/main/status-files.mjs';
import { CONTENT_SECURITY_POLICY } from '../src/shared/csp.mjs';
import { STATUS_TIMINGS, StatusBook, parseStatusReport } from '../src/shared/status.mjs';

const ROOT = resolve(import.meta.dirname, '..');
/** Where a browser show's status files go unless --status names a folder: beside the build. */
export const DEFAULT_STATUS_DIR = resolve(ROOT, 'out/logs');
/** A status report is a few hundred bytes; anything much larger is not one. */
const STATUS_BODY_MAX = 16_384;
const VERSION = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')).version;

/**
 * The page's status report, from a POST to /status: 204 when taken (and, with
 * a book, kept), 400 when it is not a report, 403 from another origin.
 * @param {import('node:http').IncomingMessage} request
 * @param {string} origin
 * @param {StatusBook | null} book
 * @returns {Promise<number>}
 */
async function takeStatusReport(request, origin, book) {
  if (request.headers.origin !== undefined && request.headers.origin !== origin) return 403;
  if (!request.headers['content-type']?.startsWith('application/json')) return 400;
  let body = '';
  for await (const chunk of request) {
    body += chunk;
    if (body.length > STATUS_BODY_MAX) return 400;
  }
  let report;
  try {
    report = parseStatusReport(JSON.parse(body));
  } catch {
    return 400;
  }
  if (!report) return 400;
  book?.receive(report);
  return 204;
}

/**
 * statusDir: write status.json and handover.prom there from the page's reports; without it, reports are taken and dropped.
 * @param {{ rendererDir: string, dataDir: string, port?: number, host?: string, statusDir?: string | null, statusEveryMs?: number }} options
 * @returns {Promise<{ url: string, close(): Promise<void> }>}
 */
export function startServer({ rendererDir, dataDir, port = 0, host = '127.0.0.1', statusDir = null, statusEveryMs = STATUS_TIMINGS.writeEveryMs }) {
  const roots = { rendererDir, dataDir };
  const book = statusDir ? new StatusBook({ version: VERSION, startedAt: Date.now() }) : null;
  let origin = '';
  const server = createServer(async (request, response) => {
    /** @param {number} status @param {string} text */
    const fail = (status, text) => {
      response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': CONTENT_SECURITY_POLICY });
      response.end(text);
    };
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (request.method === 'POST' && pathname === '/status') {
      const status = await takeStatusReport(request, origin, book);
      return status === 204 ? response.writeHead(204).end() : fail(status, 'Not a status report');
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return fail(405, 'Method not allowed');
    const file = resolveAppFile(pathname, roots);
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
      origin = `http://${host}:${actualPort}`;
      const stopWriting =
        book && statusDir ? writeStatusEvery({ dir: statusDir, book, everyMs: statusEveryMs, onError: (message) => console.warn(message) }) : () => {};
      resolvePromise({
        url: `${origin}/`,
        close: () =>
          new Promise((done) => {
            stopWriting();
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

/**
 * `--port=N`, `--data=DIR` and `--status=DIR` from a command line.
 * @param {readonly string[]} args
 */
export function serverOptionsFromArgs(args) {
  /** @param {string} name */
  const value = (name) => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
  const port = Number(value('port') ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port expects a number from 0 to 65535 (got "${value('port')}")`);
  const data = value('data');
  const status = value('status');
  return {
    rendererDir: resolve(ROOT, 'out/renderer'),
    dataDir: data ? resolve(data) : resolve(ROOT, 'data'),
    statusDir: status ? resolve(status) : DEFAULT_STATUS_DIR,
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
  console.log(`Handover is served at ${server.url} (content from ${options.dataDir}; status files in ${options.statusDir})`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
