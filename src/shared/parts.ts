/**
 * One show across several screens: a window shows one part of the show (the
 * map, the story's text and quotes, the relay diagram) or all of it. One
 * window leads: it owns the show's state, as for the presenter view; the
 * others follow it over the same channel and render what it says. This module
 * holds what main and the renderer agree on: the parts, the URL that makes a
 * window a follower, and which window leads.
 */

/** What a window can show: `all` is the one-screen layout. */
export const PARTS = ['all', 'map', 'story', 'diagram'] as const;
export type Part = (typeof PARTS)[number];

/** `?part=story`: a window that follows the leading one and shows this part. */
export const PART_PARAM = 'part';
/** `?parts=map,story`: a window that leads a show split into these parts, and shows the first. */
export const PARTS_PARAM = 'parts';

export const isPart = (text: string | null): text is Part => (PARTS as readonly string[]).includes(text ?? '');

/** The address that opens a follower window of `part`. */
export const partSearch = (part: Part): string => `?${PART_PARAM}=${part}`;

/** What one window does: the part it shows, and whether it leads (owns the show) or follows. */
export interface WindowPart {
  part: Part;
  leads: boolean;
}

/**
 * The part this page follows with, or null when it leads. A page opened for
 * one part (`?part=map`) follows, unless it is also given the list of parts
 * (`?parts=…`): that page leads. In Electron the leading window's address has
 * no parameters, and main opens the followers at `?part=…` (src/main/part-windows.ts).
 */
export function followedPart(search: string): Exclude<Part, 'all'> | null {
  const query = new URLSearchParams(search);
  const asked = query.get(PART_PARAM);
  return isPart(asked) && asked !== 'all' && !query.has(PARTS_PARAM) ? asked : null;
}

/** The window's role from its address and its settings: a follower's part, or the leading window's. */
export function windowPart(settings: { part: Part; parts: readonly Part[] }, search: string): WindowPart {
  const follows = followedPart(search);
  return follows ? { part: follows, leads: false } : { part: leadingPart(settings), leads: true };
}

/** The part the leading window shows: the first of `parts`, else `part`. */
export const leadingPart = (settings: { part: Part; parts: readonly Part[] }): Part => settings.parts[0] ?? settings.part;
