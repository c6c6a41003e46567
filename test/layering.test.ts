/**
 * The layers of the app (conventions.md): src/shared is pure TypeScript that any
 * layer may use; main, preload and renderer may import src/shared but never each
 * other. Checked here by reading the sources, so a stray import fails a test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../src/shared/csp';

const root = resolve(import.meta.dirname, '..');
type Layer = 'shared' | 'main' | 'preload' | 'renderer';

/** Source files of a layer (.ts and .svelte); tests are left out, as they never ship. */
function sourcesOf(layer: Layer): string[] {
  const dir = join(root, 'src', layer);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|svelte)$/.test(f) && !/\.(test|spec)\.ts$/.test(f))
    .map((f) => join(dir, f));
}

/** The TypeScript in a file: a .svelte file's <script> blocks, or the whole .ts file. */
function scriptOf(file: string): string {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.svelte')) return text;
  return [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
}

/** Every module a piece of code imports: import/export ... from, import(), require(), import type. */
function importsIn(code: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.arguments.length > 0 && ts.isStringLiteralLike(node.arguments[0]!)) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require')) {
        found.push(node.arguments[0].text);
      }
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push(node.argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile('code.ts', code, ts.ScriptTarget.Latest, true));
  return found;
}

const DOM_GLOBALS = new Set(['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'requestAnimationFrame', 'HTMLElement', 'customElements']);

/** Free references to DOM globals: `window.x`, `document`, but not `x.window` or a local named so. */
function domGlobalsIn(code: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node) && DOM_GLOBALS.has(node.text)) {
      const parent = node.parent;
      const isMemberName = (ts.isPropertyAccessExpression(parent) && parent.name === node) || (ts.isPropertyAssignment(parent) && parent.name === node);
      const isDeclaredName = (ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isBindingElement(parent) || ts.isPropertySignature(parent)) && parent.name === node;
      if (!isMemberName && !isDeclaredName) found.push(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile('code.ts', code, ts.ScriptTarget.Latest, true));
  return found;
}

/** Which layer an import from `file` reaches, or 'electron', or null for anything else (packages, @shared). */
function layerOf(specifier: string, file: string): Layer | 'electron' | null {
  if (specifier === 'electron' || specifier.startsWith('electron/')) return 'electron';
  const alias = /^[@~]\/?(main|preload|renderer|shared)(\/|$)/.exec(specifier);
  if (alias) return alias[1] as Layer;
  if (!specifier.startsWith('.')) return null;
  const path = relative(join(root, 'src'), resolve(dirname(file), specifier));
  const top = path.split(sep)[0];
  return top === 'main' || top === 'preload' || top === 'renderer' || top === 'shared' ? top : null;
}

function crossings(layer: Layer, forbidden: readonly (Layer | 'electron')[]): string[] {
  return sourcesOf(layer).flatMap((file) =>
    importsIn(scriptOf(file))
      .filter((specifier) => forbidden.includes(layerOf(specifier, file) as Layer))
      .map((specifier) => `${relative(root, file)} imports "${specifier}"`),
  );
}

describe('the checks themselves', () => {
  it('find every kind of import', () => {
    const code = `
      import { app } from 'electron';
      import type { X } from '../renderer/x';
      export { y } from 'node:fs';
      const z = await import('svelte');
      const w = require('node:path');
      let t: import('../preload/index').Api;`;
    expect(importsIn(code)).toEqual(['electron', '../renderer/x', 'node:fs', 'svelte', 'node:path', '../preload/index']);
  });

  it('find DOM globals but not properties or locals that share the name', () => {
    expect(domGlobalsIn('window.addEventListener("x", f); const h = document.title;')).toEqual(['window', 'document']);
    expect(domGlobalsIn('const o = { window: 1 }; o.window; function f(document: string) { return 1; }')).toEqual([]);
  });

  it('see imports inside a Svelte component’s script', () => {
    expect(layerOf('../../main/log', join(root, 'src/renderer/components/Stage.svelte'))).toBe('main');
    expect(layerOf('@shared/journey', join(root, 'src/renderer/App.svelte'))).toBe('shared');
  });

  it('find source files in every layer', () => {
    for (const layer of ['shared', 'main', 'preload', 'renderer'] as const) expect(sourcesOf(layer).length, layer).toBeGreaterThan(0);
  });
});

describe('src/shared is pure', () => {
  const files = sourcesOf('shared');

  it('imports nothing from electron, node:* or svelte', () => {
    const bad = files.flatMap((file) =>
      importsIn(scriptOf(file))
        .filter((s) => s === 'electron' || s.startsWith('electron/') || s.startsWith('node:') || s === 'svelte' || s.startsWith('svelte/'))
        .map((s) => `${relative(root, file)} imports "${s}"`),
    );
    expect(bad).toEqual([]);
  });

  it('imports no other layer', () => {
    expect(crossings('shared', ['main', 'preload', 'renderer'])).toEqual([]);
  });

  it('uses no DOM globals (window, document…)', () => {
    const bad = files.flatMap((file) => domGlobalsIn(scriptOf(file)).map((name) => `${relative(root, file)} uses ${name}`));
    expect(bad).toEqual([]);
  });
});

describe('main, preload and renderer never import each other', () => {
  it('src/main imports neither src/renderer nor src/preload', () => {
    expect(crossings('main', ['renderer', 'preload'])).toEqual([]);
  });

  it('src/preload imports neither src/main nor src/renderer', () => {
    expect(crossings('preload', ['main', 'renderer'])).toEqual([]);
  });

  it('src/renderer imports neither src/main, src/preload nor electron', () => {
    expect(crossings('renderer', ['main', 'preload', 'electron'])).toEqual([]);
  });
});

describe('the Content Security Policy', () => {
  it('in index.html’s meta tag is exactly CONTENT_SECURITY_POLICY from src/shared/csp.ts', () => {
    const html = readFileSync(join(root, 'src/renderer/index.html'), 'utf8');
    const metas = [...html.matchAll(/<meta\b[^>]*http-equiv=["']Content-Security-Policy["'][^>]*>/gi)];
    expect(metas).toHaveLength(1);
    const content = /\bcontent="([^"]*)"/.exec(metas[0]![0]);
    expect(content?.[1]).toBe(CONTENT_SECURITY_POLICY);
  });

  it('allows no inline or remote script', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*('unsafe-inline'|'unsafe-eval'|https?:|\*)/);
  });
});
