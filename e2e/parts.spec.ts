/**
 * One show across the displays of one PC: a leading page owns the show and
 * pages opened with `?part=map`, `?part=story` and `?part=diagram` each show
 * their part of it, laid out for a screen of their own. Pages of one browser
 * context stand for the windows (they share the BroadcastChannel, as
 * Electron's windows of one app do). 1920x1080 screenshots of each part go
 * to test-results/screenshots.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { curlySingleQuotes } from '../src/renderer/speech/typography';
import { chapterIndex, chapters, speeches } from './support/story';
import { map, waitForRest } from './support/show';

const FOLLOWERS = ['map', 'story', 'diagram'] as const;
type Follower = (typeof FOLLOWERS)[number];
/** The element that holds each part in the stage's layout. */
const AREA: Record<Follower, string> = { map: '.map-area', story: '.panel', diagram: '.diagram-area' };

const stage = (page: Page) => page.locator('.stage');

/** The leading page (`query` adds settings) and a page for each part, all on the first chapter. */
async function openParts(context: BrowserContext, query = '?windowed'): Promise<{ leader: Page; parts: Record<Follower, Page> }> {
  const leader = await context.newPage();
  await leader.goto(`/index.html${query}`);
  await expect(stage(leader)).toHaveAttribute('data-chapter', chapters[0]!.id);
  const parts = {} as Record<Follower, Page>;
  for (const part of FOLLOWERS) {
    parts[part] = await context.newPage();
    await parts[part].goto(`/index.html?part=${part}`);
  }
  await expectAllOn([leader, ...Object.values(parts)], 0);
  return { leader, parts };
}

async function expectAllOn(pages: Page[], index: number): Promise<void> {
  for (const page of pages) await expect(stage(page)).toHaveAttribute('data-chapter', chapters[index]!.id);
}

/** Goes to chapter `id` by its number, typed on `page`. */
async function goTo(page: Page, id: string): Promise<void> {
  await page.keyboard.type(String(chapterIndex(id) + 1));
  await page.keyboard.press('Enter');
}

test('each following page shows only its part, filling its screen', async ({ context }) => {
  const { parts } = await openParts(context);
  for (const part of FOLLOWERS) {
    const page = parts[part];
    await expect(stage(page)).toHaveAttribute('data-part', part);
    for (const other of FOLLOWERS) await expect(page.locator(AREA[other]), `${other} on the ${part} page`).toHaveCount(other === part ? 1 : 0);
    await expect(page.locator('.timeline-area')).toHaveCount(0);
    const box = (await page.locator(AREA[part]).boundingBox())!;
    expect(box, `the ${part} fills the page`).toEqual({ x: 0, y: 0, width: 1920, height: 1080 });
  }
});

test('keys on the leading page move every part; keys on a part go to the leading page', async ({ context }) => {
  const { leader, parts } = await openParts(context);
  const all = [leader, ...Object.values(parts)];
  await leader.keyboard.press('PageDown');
  await expectAllOn(all, 1);
  await leader.keyboard.press('ArrowRight');
  await expectAllOn(all, 2);
  await parts.story.keyboard.press('PageDown');
  await expectAllOn(all, 3);
  await parts.map.keyboard.press('PageUp');
  await expectAllOn(all, 2);
  // The black screen, from the leading page, blacks out every screen.
  await leader.keyboard.press('Period');
  for (const page of all) await expect(page.getByTestId('blackout')).toBeVisible();
});

test('a page that leads with a part of its own (?parts=map,story,diagram) shows only that part and moves the others', async ({ context }) => {
  const { leader, parts } = await openParts(context, '?windowed&parts=map,story,diagram');
  await expect(stage(leader)).toHaveAttribute('data-part', 'map');
  await expect(leader.locator('.panel')).toHaveCount(0);
  await leader.keyboard.press('End');
  await expectAllOn([leader, ...Object.values(parts)], chapters.length - 1);
});

test('the story part shows the chapter’s quotes word for word', async ({ context }) => {
  const { leader, parts } = await openParts(context);
  for (const id of ['bach-new-era', 'bach-peace']) {
    await goTo(leader, id);
    await expect(stage(parts.story)).toHaveAttribute('data-chapter', id);
    const quotes = speeches.filter((s) => s.chapter === id);
    await expect(parts.story.locator('blockquote q')).toHaveText(quotes.map((q) => curlySingleQuotes(q.text)));
    await expect(parts.story.locator('blockquote').first()).toBeVisible();
  }
});

test('a reloaded leading page is followed again, from where it is', async ({ context }) => {
  const { leader, parts } = await openParts(context);
  await goTo(leader, 'atlantic');
  await expect(stage(parts.story)).toHaveAttribute('data-chapter', 'atlantic');
  // The address keeps the chapter (#/atlantic): the reloaded show comes back there, and the parts follow it.
  await leader.reload();
  await expect(stage(leader)).toHaveAttribute('data-chapter', 'atlantic');
  await leader.keyboard.press('PageDown');
  await expectAllOn([leader, ...Object.values(parts)], chapterIndex('atlantic') + 1);
});

test('screenshots of each part at 1920x1080', async ({ context }) => {
  const { leader, parts } = await openParts(context);
  const shots = [
    ['bach-peace', 'en'],
    ['atlantic', 'en'],
    ['handover', 'en'],
    ['bach-peace', 'fr'],
  ] as const;
  for (const [id, lang] of shots) {
    await test.step(`${id} ${lang}`, async () => {
      if (lang === 'fr') await leader.keyboard.press('KeyL');
      await goTo(leader, id);
      await waitForRest(parts.map, id);
      // Two maps draw here (the leading page's and the map part's), on a machine of two cores.
      await expect(map(parts.map)).toHaveAttribute('data-tiles', 'drawn', { timeout: 60_000 });
      await expect(parts.map.locator('.leaflet-tile-container canvas.leaflet-tile:not(.leaflet-tile-loaded)')).toHaveCount(0, { timeout: 30_000 });
      for (const part of FOLLOWERS) {
        await expect(stage(parts[part])).toHaveAttribute('data-chapter', id);
        await expect(parts[part].locator('html')).toHaveAttribute('lang', lang);
        await parts[part].screenshot({ path: `test-results/screenshots/part-${part}-${id}-${lang}.png`, animations: 'disabled' });
      }
      // Nothing of the story runs off its screen: the key hints at its foot are in view.
      const foot = (await parts.story.locator('.panel footer').boundingBox())!;
      expect(foot.y + foot.height, `the story's foot in ${lang}`).toBeLessThanOrEqual(1080);
      const relay = await parts.diagram.locator('.relay .node').evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect()));
      for (const box of relay) expect(box.left >= 0 && box.right <= 1920, 'every relay node on the diagram’s screen').toBe(true);
    });
  }
});
