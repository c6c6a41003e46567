// @ts-check
/**
 * `--pdf FILE`: the handout. Each chapter's map at rest and the relay
 * diagram are pictures taken from the show itself (at 1920x1080, reduced
 * motion, so every chapter lands in its final state); the handout view
 * (`?view=handout`, src/renderer/handout/) lays them out with the real text,
 * and Chromium prints it to an A4-landscape PDF.
 */
import { ExportError } from './options.mjs';
import { prepareOutput } from './output.mjs';
import { progressLine } from './progress.mjs';
import { openSession } from './session.mjs';
import { contentProblems, waitForChapter } from './show-page.mjs';

/** @param {import('./options.mjs').ExportOptions} options */
export async function exportHandout(options) {
  const output = prepareOutput(options.file);
  const session = await openSession(options);
  const progress = progressLine();
  try {
    const chapters = options.chapters ? `&chapters=${options.chapters}` : '';
    const handout = await session.open(`?view=handout&lang=${options.lang}${chapters}`, { viewport: { width: 1123, height: 794 } });
    await handout.locator('html[data-handout="ready"], html[data-handout="failed"]').waitFor({ state: 'attached', timeout: 30_000 });
    if ((await handout.locator('html').getAttribute('data-handout')) === 'failed') throw new ExportError(contentProblems(session.problems, options.dataDir));
    /** @type {{ id: string, title: string }[]} */
    const ids = await handout
      .locator('section.chapter')
      .evaluateAll((pages) => pages.map((page) => ({ id: page.getAttribute('data-chapter') ?? '', title: page.querySelector('h2')?.textContent ?? '' })));

    // Backwards through the story: going back always lands at once, at rest.
    const last = ids.at(-1)?.id ?? '';
    const show = await session.open(`?lang=${options.lang}#/${last}`, { viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce' });
    /** @type {Record<string, string>} */
    const pictures = {};
    for (const [i, { id, title }] of [...ids.entries()].reverse()) {
      progress.update(`Handout: picture ${ids.length - i} of ${ids.length}, ${title}`, (ids.length - i) / (ids.length + 1));
      if (id !== last) await show.evaluate(`location.hash = ${JSON.stringify(`#/${id}`)}`);
      await waitForChapter(show, id);
      pictures[`map:${id}`] = await jpeg(show.locator('.map-area'));
      pictures[`relay:${id}`] = await jpeg(show.locator('.diagram-area'));
    }
    progress.update('Handout: printing', 1);
    await handout.locator('img[data-picture]').evaluateAll(async (images, sources) => {
      for (const img of images) img.setAttribute('src', sources[img.getAttribute('data-picture') ?? ''] ?? '');
      await Promise.all(images.map((img) => /** @type {{ decode(): Promise<void> }} */ (/** @type {unknown} */ (img)).decode()));
    }, pictures);
    if (session.problems.length > 0) throw new ExportError(`the app reported errors while the handout was made:\n  ${session.problems.join('\n  ')}`);
    await handout.pdf({ path: output.temp, preferCSSPageSize: true, printBackground: true });
    output.commit();
    progress.done(`Handout written: ${options.file} (${ids.length + 2} pages, in ${options.lang === 'fr' ? 'French' : 'English'})`);
  } catch (error) {
    output.abort();
    throw error;
  } finally {
    await session.close();
  }
}

/** @param {import('@playwright/test').Locator} locator */
const jpeg = async (locator) => `data:image/jpeg;base64,${(await locator.screenshot({ type: 'jpeg', quality: 88 })).toString('base64')}`;
