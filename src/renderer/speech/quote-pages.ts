/**
 * When a chapter's quotes do not fit the panel together, they are shown one
 * after another: grouped into pages of consecutive quotes, each page on screen
 * long enough to read. Pure: the caller says which groups fit (it measures).
 */

/** How fast a visitor reads a quote: about 4 words a second, the pace of a museum label read aloud. */
export const WORDS_PER_SECOND = 4;
/** No page flashes by, however short its words. */
export const MIN_PAGE_SECONDS = 3;

export const wordCount = (text: string): number => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/**
 * Consecutive quotes (by index, 0 … count-1) grouped greedily: each page takes
 * the next quote while `fits` says the page still fits. A quote that does not
 * fit even alone gets a page of its own (the caller shrinks or clips it).
 */
export function paginate(count: number, fits: (page: readonly number[]) => boolean): number[][] {
  const pages: number[][] = [];
  let page: number[] = [];
  for (let i = 0; i < count; i++) {
    if (page.length > 0 && !fits([...page, i])) {
      pages.push(page);
      page = [];
    }
    page.push(i);
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

/**
 * How long each page stays, in seconds: the chapter's time shared by the words
 * each page holds, and never less than its reading time (at WORDS_PER_SECOND)
 * or MIN_PAGE_SECONDS. So in autoplay the last page comes before the chapter ends.
 */
export function pageSeconds(pageWords: readonly number[], chapterSeconds: number): number[] {
  const total = pageWords.reduce((sum, words) => sum + words, 0);
  return pageWords.map((words) => {
    const reading = Math.max(MIN_PAGE_SECONDS, words / WORDS_PER_SECOND);
    return total === 0 ? reading : Math.max(reading, (chapterSeconds * words) / total);
  });
}
