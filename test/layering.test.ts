/**
 * The layers of the app (conventions.md): src/shared is pure TypeScript that main,
 * preload and renderer share; src/model is the story's pure model, the renderer's
 * alone. main and preload may import src/shared only; the renderer src/shared and
 * src/model; src/model only src/shared and itself; src/shared only itself; and
 * main, preload and renderer never import each other. Checked here by reading the
 * sources, so a stray import fails a test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { createServer, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../src/shared/csp.mjs';
import config from '../electron.vite.config';

const root = resolve(import.meta.dirname, '..');
type Layer = 'shared' | 'model' | 'main' | 'preload' | 'renderer';
const LAYERS: readonly Layer[] = ['shared', 'model', 'main', 'preload', 'renderer'];

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

/** Which layer an import from `file` reaches (by path or by an alias such as @shared, @model), or 'electron', or null for anything else (packages). */
function layerOf(specifier: string, file: string): Layer | 'electron' | null {
  if (specifier === 'electron' || specifier.startsWith('electron/')) return 'electron';
  const alias = /^[@~]\/?(main|preload|renderer|shared|model)(\/|$)/.exec(specifier);
  if (alias) return alias[1] as Layer;
  if (!specifier.startsWith('.')) return null;
  const path = relative(join(root, 'src'), resolve(dirname(file), specifier));
  const top = path.split(sep)[0] as Layer;
  return LAYERS.includes(top) ? top : null;
}

/** The imports in one file's code that reach a forbidden layer, as readable lines. */
function crossingsIn(file: string, code: string, forbidden: readonly (Layer | 'electron')[]): string[] {
  return importsIn(code)
    .filter((specifier) => forbidden.includes(layerOf(specifier, file) as Layer))
    .map((specifier) => `${relative(root, file)} imports "${specifier}"`);
}

function crossings(layer: Layer, forbidden: readonly (Layer | 'electron')[]): string[] {
  return sourcesOf(layer).flatMap((file) => crossingsIn(file, scriptOf(file), forbidden));
}

/** What each layer may not import: every other layer but the ones it is allowed. */
const FORBIDDEN: Record<Layer, readonly (Layer | 'electron')[]> = {
  shared: ['model', 'main', 'preload', 'renderer', 'electron'],
  model: ['main', 'preload', 'renderer', 'electron'],
  main: ['model', 'preload', 'renderer'],
  preload: ['model', 'main', 'renderer'],
  renderer: ['main', 'preload', 'electron'],
};

/** Imports of electron, node:* or svelte, which pure code must not have. */
function impureImportsIn(file: string): string[] {
  return importsIn(scriptOf(file))
    .filter((s) => s === 'electron' || s.startsWith('electron/') || s.startsWith('node:') || s === 'svelte' || s.startsWith('svelte/'))
    .map((s) => `${relative(root, file)} imports "${s}"`);
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
    expect(layerOf('@shared/config', join(root, 'src/renderer/App.svelte'))).toBe('shared');
    expect(layerOf('@model/journey', join(root, 'src/renderer/App.svelte'))).toBe('model');
    expect(layerOf('../shared/i18n', join(root, 'src/model/keys.ts'))).toBe('shared');
  });

  it('flag each forbidden crossing, and let the allowed ones through', () => {
    const inMain = join(root, 'src/main/window.ts');
    expect(crossingsIn(inMain, "import { journeyOf } from '@model/journey';", FORBIDDEN.main)).toEqual(['src/main/window.ts imports "@model/journey"']);
    expect(crossingsIn(inMain, "import type { Chapter } from '../model/schema';", FORBIDDEN.main)).toHaveLength(1);
    expect(crossingsIn(inMain, "import { DEFAULT_SETTINGS } from '@shared/config';", FORBIDDEN.main)).toEqual([]);
    const inPreload = join(root, 'src/preload/index.ts');
    expect(crossingsIn(inPreload, "import { KEY_BINDINGS } from '@model/keys';", FORBIDDEN.preload)).toHaveLength(1);
    const inShared = join(root, 'src/shared/config.ts');
    expect(crossingsIn(inShared, "import { LANGS } from '../model/schema';", FORBIDDEN.shared)).toHaveLength(1);
    expect(crossingsIn(inShared, "import { LANGS } from './i18n';", FORBIDDEN.shared)).toEqual([]);
    const inModel = join(root, 'src/model/journey.ts');
    expect(crossingsIn(inModel, "import { Show } from '../renderer/state/show.svelte';", FORBIDDEN.model)).toHaveLength(1);
    expect(crossingsIn(inModel, "import { LANGS } from '../shared/i18n'; import { legAt } from './leg';", FORBIDDEN.model)).toEqual([]);
    const inRenderer = join(root, 'src/renderer/App.svelte');
    expect(crossingsIn(inRenderer, "import { journeyOf } from '@model/journey'; import { LANGS } from '@shared/i18n';", FORBIDDEN.renderer)).toEqual([]);
    expect(crossingsIn(inRenderer, "import { ipcRenderer } from 'electron';", FORBIDDEN.renderer)).toHaveLength(1);
  });

  it('find source files in every layer', () => {
    for (const layer of LAYERS) expect(sourcesOf(layer).length, layer).toBeGreaterThan(0);
  });
});

describe.each(['shared', 'model'] as const)('src/%s is pure', (layer) => {
  const files = sourcesOf(layer);

  it('imports nothing from electron, node:* or svelte', () => {
    expect(files.flatMap(impureImportsIn)).toEqual([]);
  });

  it('uses no DOM globals (window, document…)', () => {
    const bad = files.flatMap((file) => domGlobalsIn(scriptOf(file)).map((name) => `${relative(root, file)} uses ${name}`));
    expect(bad).toEqual([]);
  });
});

describe('each layer imports only what it may', () => {
  it('src/shared imports only src/shared', () => {
    expect(crossings('shared', FORBIDDEN.shared)).toEqual([]);
  });

  it('src/model imports only src/shared and src/model', () => {
    expect(crossings('model', FORBIDDEN.model)).toEqual([]);
  });

  it('src/main imports src/shared, never src/model, src/preload or src/renderer', () => {
    expect(crossings('main', FORBIDDEN.main)).toEqual([]);
  });

  it('src/preload imports src/shared, never src/model, src/main or src/renderer', () => {
    expect(crossings('preload', FORBIDDEN.preload)).toEqual([]);
  });

  it('src/renderer imports src/shared and src/model, never src/main, src/preload or electron', () => {
    expect(crossings('renderer', FORBIDDEN.renderer)).toEqual([]);
  });
});

describe('the Content Security Policy', () => {
  it('is written into the built page’s meta tag from src/shared/csp.mjs, its one source', async () => {
    const source = readFileSync(join(root, 'src/renderer/index.html'), 'utf8');
    expect(source, 'index.html carries no CSP of its own').not.toMatch(/Content-Security-Policy/i);
    // The page as the renderer build writes it: Vite's own HTML pipeline, with the config's plugin.
    const plugin = (config.renderer!.plugins as Plugin[]).find((p) => p?.name === 'handover:csp-meta');
    const server = await createServer({ configFile: false, root: join(root, 'src/renderer'), plugins: [plugin], appType: 'custom', logLevel: 'silent', server: { middlewareMode: true, ws: false } });
    try {
      const html = await server.transformIndexHtml('/index.html', source);
      const metas = [...html.matchAll(/<meta\b[^>]*http-equiv=["']Content-Security-Policy["'][^>]*>/gi)];
      expect(metas).toHaveLength(1);
      const content = /\bcontent="([^"]*)"/.exec(metas[0]![0]);
      expect(content?.[1]).toBe(CONTENT_SECURITY_POLICY);
    } finally {
      await server.close();
    }
  });

  it('allows no inline or remote script', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*('unsafe-inline'|'unsafe-eval'|https?:|\*)/);
  });
});
