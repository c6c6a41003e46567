/**
 * The suite's own rule (support/test.ts): an error or a warning in the page
 * that a test did not cause on purpose fails the test; one it declares does not.
 */
import { expect, test } from './support/test';

const throwLater = () =>
  void setTimeout(() => {
    throw new Error('nobody expected this');
  });

// test.fail(): these pass only if the test fails, and their bodies pass, so it is the rule that fails them.
test('an uncaught error the test did not declare fails it', async ({ page }) => {
  test.fail();
  await page.setContent('<p>a page</p>');
  const thrown = page.waitForEvent('pageerror');
  await page.evaluate(throwLater);
  await thrown;
  // The body passes: only the rule, after it, fails the test.
  await expect(page.locator('p')).toHaveText('a page');
});

test('a console error or warning the test did not declare fails it, in any of its windows', async ({ context }) => {
  test.fail();
  // A second window, as the presenter view is.
  const other = await context.newPage();
  await other.setContent('<p>a page</p>');
  await other.evaluate(() => console.warn('[handover] something went wrong'));
  await expect(other.locator('p')).toHaveText('a page');
});

test('an error the test declares is expected, and passes', async ({ page, expectErrors }) => {
  expectErrors(/nobody expected this/, /something went wrong/);
  await page.setContent('<p>a page</p>');
  const thrown = page.waitForEvent('pageerror');
  await page.evaluate(throwLater);
  await thrown;
  await page.evaluate(() => console.error('[handover] something went wrong'));
});
