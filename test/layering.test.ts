/**
 * The layers of the app (conventions.md): src/shared is pure TypeScript that main,
 * preload and renderer share; src/model is the story's pure model, the renderer's
 * alone. main and preload may import src/shared only; the renderer src/shared and
 * src/model; src/model only src/shared and itself; src/shared only itself; and
 * main, preload and renderer never import each other. ESLint enforces them
 * (eslint.config.js, run by `npm run lint`); here its rules are shown forbidden
 * code in each layer, so they cannot silently stop catching it.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServer, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../src/shared/csp.mjs';
import { findings, loadEslintFirst } from './eslint.test-support';
import config from '../electron.vite.config';

const root = resolve(import.meta.dirname, '..');

/** Only the layering rules' findings (unused imports and the like are not the point here). */
async function crossings(file: string, code: string): Promise<string[]> {
  return (await findings(file, code)).filter((f) => /^no-restricted-(imports|syntax|globals):/.test(f));
}

describe('the layering rules', () => {
  loadEslintFirst();

  it('catch every kind of import across a layer: import, import type, export from, import(), require(), import("x").T', async () => {
    const code = [
      "import { journeyOf } from '@model/journey';",
      "import type { Chapter } from '../model/schema';",
      "export { showWindow } from '../renderer/state/show';",
      "const z = await import('../preload/index');",
      "const w = require('../../renderer/app');",
      "let t: import('../preload/index').Api;",
      'console.log(journeyOf, z, w, t);',
    ].join('\n');
    expect(await crossings('src/main/window.ts', code)).toEqual([
      "no-restricted-imports: import { journeyOf } from '@model/journey';",
      "no-restricted-imports: import type { Chapter } from '../model/schema';",
      "no-restricted-imports: export { showWindow } from '../renderer/state/show';",
      "no-restricted-syntax: const z = await import('../preload/index');",
      "no-restricted-syntax: const w = require('../../renderer/app');",
      "no-restricted-syntax: let t: import('../preload/index').Api;",
    ]);
  });

  it('let the allowed imports through', async () => {
    expect(
      await crossings(
        'src/main/window.ts',
        "import { DEFAULT_SETTINGS } from '@shared/config';\nimport { app } from 'electron';\nimport { join } from 'node:path';",
      ),
    ).toEqual([]);
    expect(await crossings('src/model/journey.ts', "import { LANGS } from '../shared/i18n';\nimport { legAt } from './leg';")).toEqual([]);
    expect(
      await crossings(
        'src/renderer/App.svelte',
        "<script lang=\"ts\">\n  import { journeyOf } from '@model/journey';\n  import { LANGS } from '@shared/i18n';\n  import { onMount } from 'svelte';\n</script>",
      ),
    ).toEqual([]);
    expect(await crossings('src/shared/config.ts', "import { LANGS } from './i18n';")).toEqual([]);
  });

  it.each([
    ['src/main/window.ts', "import { journeyOf } from '@model/journey';"],
    ['src/main/app-files.mjs', "import { Show } from '../renderer/state/show.svelte';"],
    ['src/preload/index.ts', "import { KEY_BINDINGS } from '@model/keys';"],
    ['src/preload/index.ts', "import { createWindow } from '../main/window';"],
    ['src/model/journey.ts', "import { Show } from '../renderer/state/show.svelte';"],
    ['src/model/journey.ts', "import { app } from 'electron';"],
    ['src/shared/config.ts', "import { LANGS } from '../model/schema';"],
    ['src/shared/csp.mjs', "import { readFileSync } from 'node:fs';"],
    ['src/shared/csp.mjs', "import { logger } from '../main/log';"],
    ['src/shared/i18n.ts', "import { mount } from 'svelte';"],
    ['src/renderer/map/basemap/tiles.ts', "import { ipcRenderer } from 'electron';"],
    ['src/renderer/map/basemap/tiles.ts', "import { logger } from '../../../main/log';"],
    ['src/renderer/components/Stage.svelte', '<script lang="ts">\n  import { logger } from \'../../main/log\';\n</script>'],
    ['src/renderer/map/tiles.ts', "import { RecordingContext } from './basemap/world.test-support';"],
    ['src/main/window.ts', "import { vi } from 'vitest';"],
    ['scripts/serve.mjs', "import { rawGet } from './raw-get.test-support';"],
  ])('forbid in %s: %s', async (file, code) => {
    const found = await crossings(file, code);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^no-restricted-imports: /);
  });

  it('keep DOM globals out of src/shared and src/model, but not a property or a local that shares the name', async () => {
    expect(await crossings('src/shared/i18n.ts', 'window.addEventListener("x", () => {});\nexport const h = document.title;')).toEqual([
      'no-restricted-globals: window.addEventListener("x", () => {});',
      'no-restricted-globals: export const h = document.title;',
    ]);
    expect(await crossings('src/model/keys.ts', 'export const n = navigator.language;')).toHaveLength(1);
    expect(
      await crossings('src/shared/i18n.ts', 'const o = { window: 1 };\nexport const x = o.window;\nexport function f(document: string) { return document; }'),
    ).toEqual([]);
    expect(await crossings('src/renderer/App.ts', 'export const h = document.title;')).toEqual([]);
  });

  it('leave tests and their helpers out, as they never ship', async () => {
    expect(
      await crossings('src/main/window.test.ts', "import { fixtureContent } from '../model/story-fixture.test-support';\nimport { vi } from 'vitest';"),
    ).toEqual([]);
  });
});

describe('the Content Security Policy', () => {
  it('is written into the built page’s meta tag from src/shared/csp.mjs, its one source', async () => {
    const source = readFileSync(join(root, 'src/renderer/index.html'), 'utf8');
    expect(source, 'index.html carries no CSP of its own').not.toMatch(/Content-Security-Policy/i);
    // The page as the renderer build writes it: Vite's own HTML pipeline, with the config's plugin.
    const plugin = (config.renderer!.plugins as Plugin[]).find((p) => p?.name === 'handover:csp-meta');
    const server = await createServer({
      configFile: false,
      root: join(root, 'src/renderer'),
      plugins: [plugin],
      appType: 'custom',
      logLevel: 'silent',
      server: { middlewareMode: true, ws: false },
    });
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
