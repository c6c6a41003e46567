/**
 * The relay diagram: a visitor can touch a carrier to see their part.
 */
import { expect, test } from './support/test';
import { chapters } from './support/story';
import { currentRelayNode, openShow, progress, waitForRest } from './support/show';

test('clicking a carrier in the relay diagram goes to their chapter and highlights them', async ({ page }) => {
  await openShow(page);
  const cruise = chapters.findIndex((c) => c.id === 'cruise');
  // Cruise has two steps, in Paris and across the Atlantic: the first is the stadium roof and the motorcycle.
  await page.locator('.relay .node', { hasText: 'Tom Cruise' }).first().click();
  await waitForRest(page, 'cruise');
  await expect(progress(page)).toHaveText(`Chapter ${cruise + 1} of ${chapters.length}`);
  await expect(currentRelayNode(page)).toContainText('Tom Cruise');
  await expect(page.locator('.relay .node.passed')).toContainText(['Karen Bass & Simone Biles']);
});

test('touching a carrier takes control from autoplay, even when autoplay was started with A', async ({ page }) => {
  await openShow(page);
  await page.keyboard.press('a');
  await expect(page.getByText('Autoplay', { exact: true })).toBeVisible();
  await page.locator('.relay .node', { hasText: 'Kate Courtney' }).click();
  await waitForRest(page, 'courtney');
  await expect(page.getByText('Autoplay', { exact: true })).toHaveCount(0);
});
