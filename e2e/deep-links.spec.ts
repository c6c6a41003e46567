/**
 * Each chapter has an address (#/chapter-id): opening it lands there at rest,
 * stepping keeps it current without flooding the history, and a reload or a
 * restart after an error comes back to the same chapter, with nothing replayed.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { chapterIndex, chapters, endPlaceOf } from './support/story';
import { expectFlagNear, pauseClock, progress, waitForRest } from './support/show';

const byId = (id: string) => chapters[chapterIndex(id)]!;
const hashOf = (page: Page) => page.evaluate(() => location.hash);

test('opening #/atlantic lands on that chapter at rest, with the flag at its end', async ({ page }) => {
  await page.goto('/index.html#/atlantic');
  await waitForRest(page, 'atlantic');
  await expect(progress(page)).toHaveText(`Chapter ${chapterIndex('atlantic') + 1} of ${chapters.length}`);
  await expectFlagNear(page, endPlaceOf(byId('atlantic')).at);
});

test('stepping updates the address in place, and a reload comes back to the same chapter', async ({ page }) => {
  await page.goto('/index.html');
  await waitForRest(page, chapters[0]!.id);
  expect(await hashOf(page)).toBe(`#/${chapters[0]!.id}`);
  const historyLength = await page.evaluate(() => history.length);
  await page.keyboard.press('End');
  await page.keyboard.press('PageUp');
  const id = chapters.at(-2)!.id;
  await waitForRest(page, id);
  expect(await hashOf(page)).toBe(`#/${id}`);
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
  await page.reload();
  await waitForRest(page, id);
});

test('an unknown chapter in the address opens the first chapter; a hash changed by hand goes to its chapter', async ({ page }) => {
  await page.goto('/index.html#/no-such-chapter');
  await waitForRest(page, chapters[0]!.id);
  await page.evaluate(() => (location.hash = '#/courtney'));
  await waitForRest(page, 'courtney');
});

/** The next `times` replaceState calls throw, as a broken effect would while the show moves on. */
function breakAddressWrites(times: number) {
  const real = history.replaceState.bind(history);
  let left = times;
  history.replaceState = (...args: Parameters<History['replaceState']>) => {
    if (left-- > 0) throw new Error('injected fault: cannot write the address');
    real(...args);
  };
}

test('after an error while stepping forward, the show restarts in the same chapter at rest, not replaying the flight', async ({ page, expectErrors }) => {
  expectErrors(/injected fault: cannot write the address/);
  await page.goto('/index.html');
  await waitForRest(page, chapters[0]!.id);
  // Every state the map passes through from here on, in order.
  await page.evaluate(() => {
    const seen: string[] = ((window as unknown as { seenStates: string[] }).seenStates = []);
    new MutationObserver(() => seen.push(document.querySelector<HTMLElement>('.map')?.dataset.state ?? 'none')).observe(document.body, {
      subtree: true,
      attributes: true,
      attributeFilter: ['data-state'],
    });
  });
  await page.evaluate(breakAddressWrites, 1);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText('One moment: the show is starting again')).toBeVisible();
  await page.evaluate(() => ((window as unknown as { seenStates: string[] }).seenStates.length = 0));
  const id = chapters[1]!.id;
  await waitForRest(page, id);
  await expectFlagNear(page, endPlaceOf(byId(id)).at);
  expect(await page.evaluate(() => (window as unknown as { seenStates: string[] }).seenStates)).not.toContain('flying');
});

test('errors again and again back off, then stop on a screen that names the cause', async ({ page, expectErrors }) => {
  expectErrors(/injected fault: cannot write the address/);
  await pauseClock(page);
  await page.addInitScript(breakAddressWrites, 1_000);
  await page.goto('/index.html');
  const restarting = page.getByText('One moment: the show is starting again');
  for (const seconds of [5, 10, 20, 40]) {
    await expect(restarting).toBeVisible();
    await page.clock.runFor(seconds * 1000 - 100);
    await expect(restarting).toBeVisible();
    await page.clock.runFor(100);
  }
  await expect(page.getByRole('alert')).toContainText('The show has stopped');
  await expect(page.getByRole('alert')).toContainText('injected fault: cannot write the address');
});
