/**
 * Deep links: each chapter has a stable address, `#/<chapter id>`, so a link,
 * a bookmark or a reload (the kiosk's recovery reload included) lands on it.
 */
const PREFIX = '#/';

export function chapterHash(id: string): string {
  return `${PREFIX}${encodeURIComponent(id)}`;
}

/** The chapter index a location hash names, or null when it names none of `ids`. */
export function chapterFromHash(hash: string, ids: readonly string[]): number | null {
  if (!hash.startsWith(PREFIX)) return null;
  let id: string;
  try {
    id = decodeURIComponent(hash.slice(PREFIX.length));
  } catch {
    return null; // a malformed %-escape names nothing
  }
  const index = ids.indexOf(id);
  return index < 0 ? null : index;
}
