// @ts-check
/** Opening pages the same way for every measure, and waiting for the map. */
import { DPR, THROTTLE, VIEWPORT } from './options.mjs';

/** @typedef {import('@playwright/test').Browser} Browser */
/** @typedef {import('@playwright/test').Page} Page */
/** @typedef {{ browser: Browser, url: string, requests: string[] }} Bench */

/** A fresh context and page at the bench's size (1920×1080 unless told), CPU-throttled, every request recorded. @param {Bench} bench @param {number} throttle */
export async function openPage({ browser, requests }, throttle = THROTTLE) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: DPR });
  context.on('request', (request) => void requests.push(request.url()));
  const page = await context.newPage();
  if (throttle > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: throttle });
  return page;
}

/** @param {Page} page @param {string} id @param {number} [timeout] */
export const waitForRest = (page, id, timeout = 60_000) => page.locator(`.map[data-chapter="${id}"][data-state="resting"]`).waitFor({ timeout });
