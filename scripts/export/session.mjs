// @ts-check
/**
 * The built app served on 127.0.0.1 (scripts/serve.mjs, with the content
 * folder) and a headless Chromium to render it: the exports' one way to run
 * the app's own rendering, offline.
 */
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { startServer } from '../serve.mjs';
import { findChromium } from '../local-app.mjs';
import { ExportError } from './options.mjs';

const ROOT = resolve(import.meta.dirname, '../..');

/** @param {{ dataDir: string | null }} options */
export async function openSession({ dataDir }) {
  const executablePath = findChromium();
  if (!executablePath) throw new ExportError('no Chromium found to render the app: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH');
  const server = await startServer({ rendererDir: resolve(ROOT, 'out/renderer'), dataDir: dataDir ?? resolve(ROOT, 'data') });
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  /** What the pages log as errors: an export fails on them rather than make a broken document. @type {string[]} */
  const problems = [];
  return {
    problems,
    /**
     * A page of the app at `query`; `prepare` runs before it loads (to install a fake clock).
     * @param {string} query @param {import('@playwright/test').BrowserContextOptions} options
     * @param {(page: import('@playwright/test').Page) => Promise<void>} [prepare]
     */
    async open(query, options, prepare) {
      const context = await browser.newContext(options);
      // Offline always: only the local server answers.
      await context.route(
        (url) => !url.href.startsWith(server.url),
        (route) => route.abort(),
      );
      const page = await context.newPage();
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
      await prepare?.(page);
      await page.goto(new URL(`index.html${query}`, server.url).href);
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
