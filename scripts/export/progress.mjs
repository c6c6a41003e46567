// @ts-check
/**
 * The line an export writes while it works: rewritten in place on a
 * terminal, a line at a time (at most every 10%) in a log.
 */

/** @param {number} seconds */
export const clock = (seconds) => {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/** @param {NodeJS.WriteStream} stream */
export function progressLine(stream = process.stderr) {
  let lastDecile = -1;
  let shown = '';
  return {
    /** @param {string} text @param {number} share done, 0..1 */
    update(text, share) {
      if (stream.isTTY) {
        shown = text;
        stream.write(`\r${text.padEnd(stream.columns ? Math.min(stream.columns - 1, 120) : 100)}`);
        return;
      }
      const decile = Math.floor(share * 10);
      if (decile !== lastDecile) {
        lastDecile = decile;
        stream.write(`${text}\n`);
      }
    },
    /** @param {string} text */
    done(text) {
      if (stream.isTTY && shown) stream.write('\r'.padEnd(Math.min(shown.length + 1, 121)) + '\r');
      stream.write(`${text}\n`);
    },
  };
}

/** A bar like ▕█████░░░░░▏ for `share` (0..1). @param {number} share @param {number} width */
export const bar = (share, width = 30) => {
  const full = Math.round(Math.min(1, Math.max(0, share)) * width);
  return `▕${'█'.repeat(full)}${'░'.repeat(width - full)}▏`;
};
