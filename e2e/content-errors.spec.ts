/**
 * Broken content gets a clear answer on screen: the file, the place in it and
 * what was expected. Never a blank screen, never a stack trace.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from './support/test';
import { startServer } from '../scripts/serve.mjs';
import { dataDirectory } from './support/story';

const rendererDir = resolve(import.meta.dirname, '../out/renderer');

async function showWithData(page: import('@playwright/test').Page, edit: (dir: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'handover-data-'));
  cpSync(dataDirectory, dir, { recursive: true });
  edit(dir);
  const server = await startServer({ rendererDir, dataDir: dir });
  await page.goto(new URL('index.html', server.url).href);
  return async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  };
}

test('a chapter without a title shows the file, the path and what was expected', async ({ page, expectErrors }) => {
  expectErrors(/data\/chapters\.json at chapters\[2\]\.title/);
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const done = await showWithData(page, (dir) => {
    const file = join(dir, 'chapters.json');
    const json = JSON.parse(readFileSync(file, 'utf8'));
    delete json.chapters[2].title;
    writeFileSync(file, JSON.stringify(json));
  });
  const screen = page.getByTestId('content-error');
  await expect(screen).toBeVisible();
  await expect(screen).toContainText('data/chapters.json › chapters[2].title');
  await expect(screen).toContainText('expected');
  await expect(screen).not.toContainText('at Object.');
  expect(errors.some((e) => e.includes('data/chapters.json at chapters[2].title'))).toBe(true);
  await done();
});

test('a file that is not valid JSON is named on screen', async ({ page, expectErrors }) => {
  expectErrors(/data\/speeches\.json: expected valid JSON/);
  const done = await showWithData(page, (dir) => writeFileSync(join(dir, 'speeches.json'), '{ "speeches": [ '));
  await expect(page.getByTestId('content-error')).toContainText('data/speeches.json');
  await expect(page.getByTestId('content-error')).toContainText('expected valid JSON');
  await done();
});

test('a route through an unknown place is named on screen', async ({ page, expectErrors }) => {
  expectErrors(/expected a place id from places\.json, got "hollywod"/);
  const done = await showWithData(page, (dir) => {
    const file = join(dir, 'chapters.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"le-bourget", "hollywood"', '"le-bourget", "hollywod"'));
  });
  await expect(page.getByTestId('content-error')).toContainText('expected a place id from places.json, got "hollywod"');
  await done();
});
