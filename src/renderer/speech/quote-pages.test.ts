import { describe, expect, it } from 'vitest';
import { MIN_PAGE_SECONDS, pageSeconds, paginate, wordCount } from './quote-pages';

describe('wordCount', () => {
  it('counts words, not the marks between them', () => {
    expect(wordCount('sensationnels, ou, oserais-je dire, “Seine-sationnels”.')).toBe(5);
    expect(wordCount('Merci — pour tout !')).toBe(3);
    expect(wordCount('')).toBe(0);
  });
});

describe('paginate', () => {
  it('keeps every quote on one page when they fit together', () => {
    expect(paginate(3, () => true)).toEqual([[0, 1, 2]]);
  });

  it('starts a new page when the next quote would overflow, keeping the order', () => {
    // Pages of at most two quotes fit.
    expect(paginate(5, (page) => page.length <= 2)).toEqual([[0, 1], [2, 3], [4]]);
  });

  it('gives a quote too long even alone a page of its own', () => {
    expect(paginate(3, (page) => !page.includes(1))).toEqual([[0], [1], [2]]);
  });
});

describe('pageSeconds', () => {
  it('shares the chapter’s time by words, so a longer page stays longer and all are seen within the chapter', () => {
    const seconds = pageSeconds([10, 30], 20);
    expect(seconds).toEqual([5, 15]);
    expect(seconds.reduce((a, b) => a + b)).toBe(20);
  });

  it('never gives a page less than its reading time at 4 words a second, or the minimum', () => {
    expect(pageSeconds([80, 2], 12)).toEqual([20, MIN_PAGE_SECONDS]);
  });
});
