/**
 * Typography for quoted words at display time. The stored text keeps the
 * source's own marks, so it can be checked word for word against the source;
 * what is shown follows the house style: curly marks, and inside the curly
 * double quotes the app adds around a quote, curly single quotes.
 */

/** A straight ' opens a quotation after a space, an opening bracket or mark, or a dash; anywhere else it closes one or is an apostrophe. */
const OPENING_SINGLE = /(^|[\s([{“‘—–-])'/g;

/**
 * Straight single quotes and apostrophes made curly:
 * `sensational, or dare I say, 'Seine-sational.'` → `sensational, or dare I say, ‘Seine-sational.’`,
 * `the athletes' performances` → `the athletes’ performances`.
 */
export function curlySingleQuotes(text: string): string {
  return text.replace(OPENING_SINGLE, '$1‘').replaceAll("'", '’');
}
