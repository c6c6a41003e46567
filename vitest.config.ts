import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

const root = import.meta.dirname;

export default defineConfig({
  plugins: [svelte({ configFile: resolve(root, 'svelte.config.js') })],
  resolve: { alias: { '@shared': resolve(root, 'src/shared'), '@model': resolve(root, 'src/model') }, conditions: ['browser'] },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'e2e/support/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
  },
});
