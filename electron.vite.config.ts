import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Plugin } from 'vite';
import { withCspMeta } from './src/shared/csp.mjs';

const root = import.meta.dirname;
const shared = { '@shared': resolve(root, 'src/shared') };
// The story's pure model is the renderer's alone: main and preload cannot resolve @model.
const model = { ...shared, '@model': resolve(root, 'src/model') };

/** Writes the page's CSP meta tag from src/shared/csp.mjs, the text main and the test server send as a header: one source. */
export function cspMeta(): Plugin {
  return {
    name: 'handover:csp-meta',
    transformIndexHtml: (html) => withCspMeta(html),
  };
}

export default defineConfig({
  main: {
    resolve: { alias: shared },
    build: {
      externalizeDeps: true,
      // help.js prints --help with plain Node where Electron's binary is missing (scripts/start.mjs).
      rollupOptions: { input: { index: resolve(root, 'src/main/index.ts'), help: resolve(root, 'src/main/help.ts') } },
    },
  },
  preload: {
    resolve: { alias: shared },
    build: {
      // A sandboxed preload cannot load ES modules: ship it as CommonJS.
      rollupOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: resolve(root, 'src/renderer'),
    resolve: { alias: model },
    plugins: [svelte({ configFile: resolve(root, 'svelte.config.js') }), cspMeta()],
    worker: { format: 'es' },
    json: { stringify: true },
    build: { minify: true, target: 'chrome130', chunkSizeWarningLimit: 1500 },
  },
});
