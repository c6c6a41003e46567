/**
 * The docs lead somewhere real: every link between the pages (and to the
 * repository's files) resolves, and every file or folder docs/architecture.md
 * names exists, so a newcomer's walk through it never ends at a dead name.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const DOCS = resolve(ROOT, 'docs');
const pages = [
  'README.md',
  ...readdirSync(DOCS)
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
const folders = new Set(
  tracked.flatMap((file) =>
    file
      .split('/')
      .slice(0, -1)
      .map((_, i, parts) => parts.slice(0, i + 1).join('/')),
  ),
);

/** A path as the architecture page writes it: whole from the root, or from a folder it has just named (`map/camera.ts`). */
function named(path: string): boolean {
  const clean = path.replace(/\/$/, '');
  const ends = (p: string) => p === clean || p.endsWith(`/${clean}`);
  return tracked.some(ends) || [...folders].some(ends);
}

describe('the docs', () => {
  it.each(pages)('%s links only to pages and files that exist', (page) => {
    const text = readFileSync(resolve(ROOT, page), 'utf8');
    const links = [...text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((m) => m[1] ?? '').filter((l) => !/^[a-z]+:/.test(l));
    for (const link of links) expect(existsSync(resolve(ROOT, dirname(page), link)), `${page} → ${link}`).toBe(true);
  });

  it('docs/architecture.md names only files and folders that exist', () => {
    const text = readFileSync(resolve(DOCS, 'architecture.md'), 'utf8');
    const tree = text.slice(text.indexOf('```'), text.indexOf('```', text.indexOf('```') + 3));
    const treeNames = [...tree.matchAll(/^\s*([\w.@-]+\/(?:[\w.@-]+\/?)*|[\w.-]+\.\w+)\s{2,}/gm)].map((m) => m[1] ?? '');
    const codeNames = [...text.matchAll(/`([\w.@/-]+\/[\w.@-]+\.(?:ts|mjs|js|svelte|json|css|html))`/g)].map((m) => m[1] ?? '');
    expect(treeNames.length).toBeGreaterThan(20);
    expect(codeNames.length).toBeGreaterThan(20);
    const missing = [...treeNames, ...codeNames].filter((name) => !named(name));
    expect(missing).toEqual([]);
  });
});
