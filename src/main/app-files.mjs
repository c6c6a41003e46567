// @ts-check
/**
 * Which file a request names, and whether it may be served: the rules of the
 * app's `app://` protocol (protocol.ts) and of the static server for browsers
 * and tests (scripts/serve.mjs), in one place so the two cannot disagree.
 * Plain JavaScript (type-checked from its JSDoc) because Node runs the server
 * as it is, with no build; electron-vite bundles it into main.
 */
import { realpath } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * The two folders the app serves from.
 * @typedef {object} AppRoots
 * @property {string} rendererDir The built renderer (out/renderer).
 * @property {string} dataDir The story's content, served under /data/.
 */

/**
 * @typedef {object} AppFile
 * @property {string} path
 * @property {boolean} isData Content files are edited in place and must never be cached.
 */

const DATA_PREFIX = '/data/';

/**
 * The file a URL path names, or null when it would leave its root (`../`,
 * `..%2f`, an absolute path after decoding) or cannot be decoded. Pure: it
 * never touches the disk, so a missing file is the caller's 404.
 * @param {string} urlPath
 * @param {AppRoots} roots
 * @returns {AppFile | null}
 */
export function resolveAppFile(urlPath, roots) {
  let path;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (path.includes('\0') || !path.startsWith('/')) return null;
  const isData = path.startsWith(DATA_PREFIX);
  const root = isData ? roots.dataDir : roots.rendererDir;
  const inside = isData ? path.slice(DATA_PREFIX.length) : path.slice(1);
  const file = resolve(root, inside === '' ? 'index.html' : inside);
  return isInside(root, file) ? { path: file, isData } : null;
}

/**
 * The root a resolved app file must stay in once symlinks are followed.
 * @param {AppFile} file @param {AppRoots} roots
 */
function rootOf(file, roots) {
  return file.isData ? roots.dataDir : roots.rendererDir;
}

/** @param {string} root @param {string} file */
function isInside(root, file) {
  const rel = relative(resolve(root), file);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/**
 * The file's real path once symlinks are followed, or null when that lies
 * outside its own root: a link in the content folder may point anywhere, the
 * app's own folder included. Rejects as realpath does (ENOENT: a 404).
 * @param {AppFile} file @param {AppRoots} roots
 * @returns {Promise<string | null>}
 */
export async function realPathInside(file, roots) {
  const [real, realRoot] = await Promise.all([realpath(file.path), realpath(rootOf(file, roots))]);
  return isInside(realRoot, real) ? real : null;
}

/** @type {Readonly<Record<string, string>>} */
const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * The Content-Type for a file, by extension; unknown kinds are plain bytes.
 * @param {string} file
 */
export function contentTypeFor(file) {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** A missing file, a folder, a path through a file: each a 404, not a server error. @param {unknown} error */
export function isNotFound(error) {
  const code = /** @type {NodeJS.ErrnoException} */ (error).code;
  return code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR';
}
