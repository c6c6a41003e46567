/**
 * The keyboard walkthrough, as a person steps through it: the flag ends each
 * leg at its place, the relay diagram and the quotes follow. Offline always:
 * through the whole walk, no request leaves the app's own origin (no tiles,
 * no fonts, no CDN).
 */
import { expect, test } from './support/test';
import { curlySingleQuotes } from '../src/renderer/speech/typography';
import { chapterIndex, chapters, endPlaceOf, placeById, speeches } from './support/story';
import { openOnLeg } from './support/travel';
import { currentRelayNode, expectFlagNear, map, openShow, pauseClock, playToRest, progress, waitForRest } from './support/show';

test('stepping through every chapter with → puts the flag at each leg’s end, with the diagram and quotes in step, and nothing leaves the app', async ({
  page,
  baseURL,
}) => {
  const requests: string[] = [];
  page.context().on('request', (request) => requests.push(request.url()));
  await pauseClock(page);
  await openShow(page);
  for (const [i, chapter] of chapters.entries()) {
    if (i > 0) {
      await page.keyboard.press('ArrowRight');
      await playToRest(page, chapter.id);
    }
    await waitForRest(page, chapter.id);
    await expect(progress(page)).toHaveText(`Chapter ${i + 1} of ${chapters.length}`);
    await expectFlagNear(page, endPlaceOf(chapter).at);
    await expect(page.locator('.emblem')).toBeInViewport();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(chapter.title.en);
    const next = chapters[i + 1];
    if (next) await expect(page.getByTestId('next-chapter')).toContainText(next.title.en);
    else await expect(page.getByTestId('next-chapter')).toHaveCount(0);

    // The diagram highlights the latest relay step reached, none before the handover.
    const relaySoFar = chapters.slice(0, i + 1).filter((c) => c.relay);
    if (relaySoFar.length === 0) await expect(currentRelayNode(page)).toHaveCount(0);
    else {
      await expect(currentRelayNode(page)).toHaveAttribute('data-step', String(relaySoFar.length - 1));
      await expect(currentRelayNode(page)).toContainText(relaySoFar[relaySoFar.length - 1]!.relay!.carriers[0]!);
    }

    const quotes = speeches.filter((s) => s.chapter === chapter.id);
    // Shown with curly marks inside the quote (‘Seine-sational.’); stored as the source gives them.
    await expect(page.locator('blockquote q')).toHaveText(quotes.map((q) => curlySingleQuotes(q.text)));
  }

  // Offline: every request went to the app's own origin, and the fonts are ours, bundled with the app, and in use.
  const origin = new URL(baseURL!).origin;
  expect(requests.length).toBeGreaterThan(3);
  expect(requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
  expect(requests.some((url) => url.endsWith('.woff2'))).toBe(true);
  expect(await page.evaluate(() => document.fonts.check('600 20px Inter'))).toBe(true);
});

test('the flag’s whole pin stays on the map where each leg starts and where it ends', async ({ page }) => {
  await pauseClock(page);
  await openShow(page);
  const mapBox = (await map(page).boundingBox())!;
  const onMap = async (where: string) => {
    const pin = (await page.locator('.emblem').boundingBox())!;
    expect([pin.x, pin.y, pin.x + pin.width, pin.y + pin.height].map(Math.round), `the pin, ${where}, inside the map ${JSON.stringify(mapBox)}`).toEqual(
      [
        Math.max(pin.x, mapBox.x),
        Math.max(pin.y, mapBox.y),
        Math.min(pin.x + pin.width, mapBox.x + mapBox.width),
        Math.min(pin.y + pin.height, mapBox.y + mapBox.height),
      ].map(Math.round),
    );
  };
  await onMap(`at ${chapters[0]!.id}`);
  for (const chapter of chapters.slice(1)) {
    await page.keyboard.press('ArrowRight');
    await expect(map(page)).toHaveAttribute('data-chapter', chapter.id);
    if (chapter.route) {
      // The camera's flight, in small slices of show time: the leg starts as it arrives.
      for (let ms = 0; (await map(page).getAttribute('data-state')) === 'flying'; ms += 100) {
        expect(ms, `${chapter.id}: the camera still flying`).toBeLessThan(10_000);
        await page.clock.fastForward(100);
      }
      await onMap(`as ${chapter.id} starts`);
    }
    await playToRest(page, chapter.id);
    await onMap(`at the end of ${chapter.id}`);
  }
});

test('the flag is at the Coliseum after Kate Courtney’s leg and on the beach after Jagger Eaton’s', async ({ page }) => {
  // Jump to the chapter before, then play Courtney's leg forward.
  await openOnLeg(page, 'courtney');
  await playToRest(page, 'courtney');
  await expectFlagNear(page, placeById('coliseum').at);
  await expect(map(page).locator('.place-label', { hasText: 'LA Memorial Coliseum' })).toBeVisible();

  await page.keyboard.press('ArrowRight');
  await playToRest(page, chapters[chapterIndex('courtney') + 1]!.id);
  await page.keyboard.press('ArrowRight');
  await playToRest(page, 'eaton');
  const beach = placeById('long-beach').at;
  await expectFlagNear(page, beach, 0.05);
});

test('while a leg plays, the flag is on its way and the travelled line grows', async ({ page }) => {
  await openOnLeg(page, 'atlantic');
  await expect(map(page)).toHaveAttribute('data-state', /flying|travelling/);
  await page.clock.runFor(6_500);
  await expect(map(page)).toHaveAttribute('data-state', 'travelling');
  // Mid-Atlantic the flag flies well north of both ends: a great circle, not a straight Mercator line.
  const centreY = async (selector: string) => {
    const box = (await page.locator(selector).boundingBox())!;
    return box.y + box.height / 2;
  };
  const flagY = await centreY('.emblem');
  const parisY = await centreY('.place-label:has-text("Le Bourget")');
  const laY = await centreY('.place-label:has-text("Hollywood")');
  expect(flagY).toBeLessThan(Math.min(parisY, laY) - 60);
  await playToRest(page, 'atlantic');
  await expectFlagNear(page, placeById('hollywood').at);
});

test('going back lands at once in the earlier chapter, with nothing replaying', async ({ page }) => {
  await pauseClock(page);
  await openShow(page);
  await page.keyboard.press('End');
  await waitForRest(page, chapters[chapters.length - 1]!.id);
  await page.keyboard.press('ArrowLeft');
  // No clock advance: the move must be complete at once.
  await waitForRest(page, chapters[chapters.length - 2]!.id);
  await expectFlagNear(page, endPlaceOf(chapters[chapters.length - 2]!).at);
  await page.keyboard.press('Home');
  await waitForRest(page, chapters[0]!.id);
  await expectFlagNear(page, endPlaceOf(chapters[0]!).at);
});

test('with reduced motion asked for, stepping forward lands at once', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await pauseClock(page);
  await openShow(page);
  await page.keyboard.press('ArrowRight');
  // No clock advance: the leg does not play.
  await waitForRest(page, chapters[1]!.id);
  await expectFlagNear(page, endPlaceOf(chapters[1]!).at);
});
