/**
 * Reading the flag's travel and the timeline, and driving them by pointer and touch.
 */
import type { Page } from '@playwright/test';
import { expect } from './test';
import { flagPositionAt, makeLeg, type PathKind } from '../../src/model/leg';
import { chapters, placeById } from './story';
import { map, openShow, pauseClock, readMap } from './show';

export const timeline = (page: Page) => page.getByTestId('timeline');
export const timelinePoint = (page: Page, index: number) => timeline(page).locator(`.point[data-index="${index}"]`);
/** The timeline's reading of the current leg, in whole percent. */
export const timelinePercent = async (page: Page) => Number(await timeline(page).getByRole('progressbar').getAttribute('aria-valuenow'));

/** How far the flag is along its leg (0..1), as the map has it when the flag holds or rests. */
export async function legAt(page: Page): Promise<number> {
  return (await readMap(page)).legAt;
}

/** Where the flag is after fraction `t` of chapter `id`'s leg, from the content files. */
export function pointOnLeg(id: string, t: number): [number, number] {
  const route = chapters.find((c) => c.id === id)!.route as { via: string[]; path: PathKind };
  return flagPositionAt(
    makeLeg(
      route.via.map((p) => placeById(p).at),
      route.path,
    ),
    t,
  ) as [number, number];
}

/** The centre of the flag marker on screen. */
export async function flagOnScreen(page: Page): Promise<{ x: number; y: number }> {
  const box = (await page.locator('.emblem').boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Goes to chapter `id` at rest by its number, then steps forward into the next chapter, whose leg starts to play. */
export async function playLegOf(page: Page, id: string): Promise<void> {
  const index = chapters.findIndex((c) => c.id === id);
  await page.keyboard.type(String(index));
  await page.keyboard.press('Enter');
  await expect(map(page)).toHaveAttribute('data-chapter', chapters[index - 1]!.id);
  await page.keyboard.press('ArrowRight');
  await expect(map(page)).toHaveAttribute('data-chapter', id);
}

/** Opens the show on a stopped clock and starts chapter `id`'s leg: the camera is about to fly. */
export async function openOnLeg(page: Page, id: string): Promise<void> {
  await pauseClock(page);
  await openShow(page);
  await playLegOf(page, id);
}

/** A finger stroke from one point to another, as a touch screen sends it (through Chromium's input, so pointer events follow). */
export async function swipe(page: Page, from: { x: number; y: number }, to: { x: number; y: number }, steps = 6): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const at = (t: number) => [{ x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let i = 1; i <= steps; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(i / steps) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}
