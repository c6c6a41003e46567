/**
 * The relay diagram: a visitor can touch a carrier to see their part.
 */
import { expect, test } from '@playwright/test';
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
