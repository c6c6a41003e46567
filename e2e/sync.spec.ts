/**
 * Kiosks in step by the clock (?sync): two screens in one browser, each with
 * its own fake clock, started seconds apart, one reloaded mid-flight, one
 * taken by a visitor and left idle. Set to the same instant, they show the
 * clock's chapter, the camera and the flag at the same point, and map pixels
 * that match.
 */
import { expect, test } from './support/test';
import { map, readMap } from './support/show';
import { chapterOnClock, chapterStart, expectInFlight, expectInStep, LOOP_START, openKiosk, type Kiosk } from './support/kiosks';

const SYNC = '?autoplay&sync&idle=10';

/** UTC ms at `ms` into the loop (from LOOP_START). */
const at = (ms: number) => LOOP_START + ms;
const CRUISE = chapterStart('cruise');
const ATLANTIC = chapterStart('atlantic');
const COURTNEY = chapterStart('courtney');

let kiosks: Kiosk[] = [];

// Two whole shows run frame by frame on fake clocks: slow on a shared 2-core machine.
test.describe.configure({ timeout: 240_000 });

test.afterEach(async () => {
  for (const k of kiosks) {
    expect(k.problems, 'errors or warnings in a kiosk').toEqual([]);
    await k.context.close();
  }
  kiosks = [];
});

const open = async (...args: Parameters<typeof openKiosk>) => {
  const kiosk = await openKiosk(...args);
  kiosks.push(kiosk);
  return kiosk;
};

const both = async (ms: number) => {
  for (const k of kiosks) await k.run(ms);
};

test('two kiosks switched on 14 s apart show the clock’s chapter, in step through a flight and a leg', async ({ browser, baseURL }) => {
  const a = await open(browser, baseURL!, at(CRUISE - 3_000), SYNC);
  // Joined mid-loop: the clock's chapter at once, not the first.
  await expect(map(a.page)).toHaveAttribute('data-chapter', chapterOnClock(at(CRUISE - 3_000)));
  await a.run(13_984);
  // The second lands in the middle of the loop where the first has played to.
  const b = await open(browser, baseURL!, at(CRUISE - 3_000 + 13_984), SYNC);
  await expectInStep(a, b, 'cruise');
  // Both step on together: mid-flight over the Atlantic, then with the flag on its way.
  await both(2_000);
  for (const k of [a, b]) await expect(map(k.page)).toHaveAttribute('data-state', 'flying');
  await expectInFlight(a, b, 'atlantic');
  await both(4_000);
  await expect(map(b.page)).toHaveAttribute('data-state', 'travelling');
  expect((await readMap(b.page)).legAt).toBeGreaterThan(0);
  await expectInStep(a, b, 'atlantic');
});

test('a kiosk reloaded mid-flight lands in the clock’s chapter and is back in step when the flight ends', async ({ browser, baseURL }) => {
  const a = await open(browser, baseURL!, at(ATLANTIC - 5_000), SYNC);
  await a.run(1_984);
  const b = await open(browser, baseURL!, at(ATLANTIC - 5_000 + 1_984), SYNC);
  await both(4_000);
  await expect(map(a.page)).toHaveAttribute('data-state', 'flying');
  await b.page.reload();
  // No replay from the start: the same chapter, the flag at its leg's start while the others still fly.
  await expect(map(b.page)).toHaveAttribute('data-chapter', 'atlantic');
  expect((await readMap(b.page)).legAt).toBe(0);
  await both(4_000);
  await expect(map(b.page)).toHaveAttribute('data-state', 'travelling');
  await expectInStep(a, b, 'atlantic');
});

test('a visitor takes only their own screen, and after the idle time it flies to the others’ chapter and is in step', async ({ browser, baseURL }) => {
  const b = await open(browser, baseURL!, at(ATLANTIC + 3_000), SYNC);
  await b.run(2_000);
  const a = await open(browser, baseURL!, at(ATLANTIC + 5_000), SYNC);
  await a.page.keyboard.press('Home');
  await expect(map(a.page)).toHaveAttribute('data-chapter', 'overview');
  await both(5_000);
  // The visitor's screen stays where they left it; the other plays on.
  await expect(map(a.page)).toHaveAttribute('data-chapter', 'overview');
  await expect(a.page.getByText('Autoplay', { exact: true })).toHaveCount(0);
  await expect(map(b.page)).toHaveAttribute('data-chapter', 'atlantic');
  // Ten seconds after the key, autoplay comes back: a flight to the clock's chapter.
  await both(5_000);
  expect(chapterOnClock(at(ATLANTIC + 15_001))).toBe('courtney');
  await expect(map(a.page)).toHaveAttribute('data-chapter', 'courtney');
  await expect(map(a.page)).toHaveAttribute('data-state', 'flying');
  await both(COURTNEY + 6_000 - (ATLANTIC + 15_000));
  await expect(map(a.page)).toHaveAttribute('data-state', 'travelling');
  await expectInStep(a, b, 'courtney');
});
