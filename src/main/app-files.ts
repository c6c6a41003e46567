import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

/** The two folders the app serves from. */
export interface AppRoots {
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** The story's content, served under /data/. */
  dataDir: string;
}

export interface AppFile {
  path: string;
  /** Content files are edited in place and must never be cached. */
  isData: boolean;
}

const DATA_PREFIX = '/data/';

/**
 * The file a URL path names, or null when it would leave its root (`../`,
 * `..%2f`, an absolute path after decoding) or cannot be decoded. Pure: it
 * never touches the disk, so a missing file is the caller's 404.
 */
export function resolveAppFile(urlPath: string, roots: AppRoots): AppFile | null {
  let path: string;
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

/** The root a resolved app file must stay in once symlinks are followed. */
export function rootOf(file: AppFile, roots: AppRoots): string {
  return file.isData ? roots.dataDir : roots.rendererDir;
}

export function isInside(root: string, file: string): boolean {
  const rel = relative(resolve(root), file);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
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

/** The Content-Type for a file, by extension; unknown kinds are plain bytes. */
export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}
