// @ts-check
/** Number formatting and the plain-text tables the bench prints. */

/** @param {number[]} xs @param {number} q 0..1 */
export const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? /** @type {number} */ (s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? s[0]) : NaN;
};
/** @param {number} x @param {string} unit @param {number} [digits] */
export const fmt = (x, unit, digits = 0) => (Number.isFinite(x) ? `${x.toFixed(digits)}${unit ? ` ${unit}` : ''}` : '-');
export const verdict = (/** @type {boolean} */ ok) => (ok ? 'PASS' : 'OVER');

/** @type {Table[]} every table made, in order */
export const tables = [];

/** A titled table, printed when the run ends (also when it fails half-way). */
export class Table {
  /** @type {string[][]} */
  rows = [];
  /** @param {string} title @param {string[]} header */
  constructor(title, header) {
    this.title = title;
    this.header = header;
    tables.push(this);
  }
  /** @param {...string} cells */
  add(...cells) {
    this.rows.push(cells);
  }
  print() {
    if (!this.rows.length) return;
    const all = [this.header, ...this.rows];
    const widths = this.header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
    const line = (/** @type {string[]} */ cells) =>
      cells
        .map((c, i) => c.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd();
    console.log(`\n${this.title}`);
    console.log(line(this.header));
    console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    for (const r of this.rows) console.log(line(r));
  }
}

/** The main table: one measure a row, beside its budget. */
export const summary = new Table('Summary', ['Measure', 'Value', 'Budget', 'Result']);
/** @param {string} what @param {string} value @param {string} [budget] @param {string} [result] */
export const row = (what, value, budget = '', result = '') => summary.add(what, value, budget, result);
