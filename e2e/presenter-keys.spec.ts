/**
 * Presenter conventions: clicker keys, chapter numbers, black screen, help,
 * and keys that must never break the show.
 */
import { expect, test } from './support/test';
import { chapters } from './support/story';
import { openShow, pauseClock, playToRest, progress, waitForRest } from './support/show';

test.beforeEach(async ({ page }) => {
  await pauseClock(page);
  await openShow(page);
});

test('PageUp on the first chapter stays on the first chapter', async ({ page }) => {
  await page.keyboard.press('PageUp');
  await page.keyboard.press('ArrowLeft');
  await expect(progress(page)).toHaveText(`Chapter 1 of ${chapters.length}`);
});

test('PageDown, Space, N and Enter go forward; PageUp, P and Backspace go back', async ({ page }) => {
  for (const [key, n] of [
    ['PageDown', 2],
    ['Space', 3],
    ['n', 4],
    ['Enter', 5],
    ['PageUp', 4],
    ['p', 3],
    ['Backspace', 2],
  ] as const) {
    await page.keyboard.press(key);
    await expect(progress(page), `after ${key}`).toHaveText(`Chapter ${n} of ${chapters.length}`);
  }
});

test('End goes to the last chapter and Home back to the first', async ({ page }) => {
  await page.keyboard.press('End');
  await waitForRest(page, chapters[chapters.length - 1]!.id);
  await page.keyboard.press('Home');
  await waitForRest(page, chapters[0]!.id);
});

test('typing a chapter number then Enter goes to that chapter', async ({ page }) => {
  await page.keyboard.type('12');
  await expect(page.getByTestId('goto')).toContainText('12');
  await page.keyboard.press('Enter');
  await waitForRest(page, chapters[11]!.id);
  await expect(progress(page)).toHaveText(`Chapter 12 of ${chapters.length}`);
});

test('a typed number is dropped when another key moves the show', async ({ page }) => {
  await page.keyboard.type('9');
  await expect(page.getByTestId('goto')).toContainText('9');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('goto')).toHaveCount(0);
  await expect(progress(page)).toHaveText(`Chapter 2 of ${chapters.length}`);
  await page.keyboard.press('Enter');
  await expect(progress(page)).toHaveText(`Chapter 3 of ${chapters.length}`);
});

test('B, . and / toggle a black screen that covers the whole window', async ({ page }) => {
  for (const key of ['b', '.', '/']) {
    await page.keyboard.press(key);
    const black = page.getByTestId('blackout');
    await expect(black).toBeVisible();
    const box = (await black.boundingBox())!;
    expect(box).toMatchObject({ x: 0, y: 0, width: 1920, height: 1080 });
    await page.keyboard.press(key);
    await expect(black).toHaveCount(0);
  }
});

test('? shows every key binding, and Escape closes it', async ({ page }) => {
  await page.keyboard.press('Shift+Slash');
  const help = page.getByRole('dialog', { name: 'Keys' });
  await expect(help).toBeVisible();
  for (const text of ['Page Down', 'Page Up', 'Backspace', 'Home', 'End', 'B  .  /', 'Autoplay', 'number, then Enter', 'Français / English']) {
    await expect(help).toContainText(text);
  }
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
});

test('F5, Ctrl+R and Ctrl+P are caught before the browser acts on them, and the show stays put', async ({ page }) => {
  await page.keyboard.press('ArrowRight');
  await playToRest(page, chapters[1]!.id);
  // Playwright's synthetic keys never reach the browser's own reload, so check what the page decides:
  // a key the show leaves unhandled reaches the bubble phase with defaultPrevented false.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    window.addEventListener('keydown', (e) => {
      if (e.key !== 'Control') seen.push(`${e.ctrlKey ? 'Ctrl+' : ''}${e.key}:${e.defaultPrevented}`);
    });
  });
  for (const key of ['F5', 'Control+r', 'Control+p', 'Escape']) await page.keyboard.press(key);
  expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual(['F5:true', 'Ctrl+r:true', 'Ctrl+p:true', 'Escape:true']);
  await expect(progress(page)).toHaveText(`Chapter 2 of ${chapters.length}`);
});

/** Sends a key as a French AZERTY keyboard does: the key in `code`'s place, typing `key`. */
async function pressAzerty(page: import('@playwright/test').Page, code: string, key: string, shiftKey = false) {
  await page.evaluate(
    ([code, key, shiftKey]) => {
      for (const type of ['keydown', 'keyup']) window.dispatchEvent(new KeyboardEvent(type, { code, key, shiftKey, bubbles: true, cancelable: true }));
    },
    [code, key, shiftKey] as const,
  );
}

test('on a French AZERTY keyboard, A toggles autoplay, ? opens the help and . blacks out', async ({ page }) => {
  await pressAzerty(page, 'KeyQ', 'a');
  await expect(page.getByText('Autoplay', { exact: true })).toBeVisible();
  await pressAzerty(page, 'KeyQ', 'a');
  await expect(page.getByText('Autoplay', { exact: true })).toHaveCount(0);

  await pressAzerty(page, 'KeyM', '?', true);
  await expect(page.getByRole('dialog', { name: 'Keys' })).toBeVisible();
  await pressAzerty(page, 'Escape', 'Escape');
  await expect(page.getByRole('dialog', { name: 'Keys' })).toHaveCount(0);

  await pressAzerty(page, 'Comma', '.', true);
  await expect(page.getByTestId('blackout')).toBeVisible();
  // A clicker's black-screen button: the '.' place, which types ':' on AZERTY.
  await pressAzerty(page, 'Period', ':');
  await expect(page.getByTestId('blackout')).toHaveCount(0);

  // Chapter numbers by the digit keys' place: unshifted they type & é " … on AZERTY.
  await pressAzerty(page, 'Digit3', '"');
  await pressAzerty(page, 'Enter', 'Enter');
  await waitForRest(page, chapters[2]!.id);
});
