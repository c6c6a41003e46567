// @ts-check
/**
 * What the app logs at warn and error level (console.warn and console.error,
 * where platform.ts's log() writes them), and uncaught errors: a long run
 * should be quiet. Counts them, and keeps the first distinct messages.
 */
export class LogWatch {
  /** @type {Record<'warn' | 'error', number>} */
  counts = { warn: 0, error: 0 };
  /** @type {Map<string, number>} message -> times seen, in order of first sight */
  distinct = new Map();

  /** @param {Pick<import('@playwright/test').Page, 'on'>} page */
  watch(page) {
    page.on('console', (message) => {
      const type = message.type();
      if (type === 'warning' || type === 'error') this.add(type === 'warning' ? 'warn' : 'error', message.text());
    });
    page.on('pageerror', (error) => this.add('error', `uncaught: ${error.message}`));
  }

  /** @param {'warn' | 'error'} level @param {string} text */
  add(level, text) {
    this.counts[level]++;
    const key = `${level}: ${text}`;
    this.distinct.set(key, (this.distinct.get(key) ?? 0) + 1);
  }
}
