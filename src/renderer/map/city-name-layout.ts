/**
 * Chooses which of a city's names to write in a view, and where: the most
 * important first (cities, then towns and road numbers, then districts),
 * each only if its box stays clear of the others, of the story's own labels,
 * of the flag's path and of the view's edges. Pure, in screen pixels.
 */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface NameCandidate {
  text: string;
  /** Lower goes first. */
  rank: number;
  /** Where its centre may go, in the order to try (a road number has several). */
  spots: readonly (readonly [number, number])[];
  width: number;
  height: number;
  /** Names of a group (a road's number) are written once at most. */
  group?: string;
  /** How it is styled: a place's class, or "road". */
  kind?: string;
}

export interface PlacedName {
  text: string;
  kind: string | undefined;
  at: readonly [number, number];
  box: Box;
}

export interface LayoutLimits {
  /** At most this many names in all. */
  max: number;
  /** Clear space kept round each name, px. */
  gap: number;
  /** At most this many of a kind (road numbers, say). */
  maxOf?: Readonly<Record<string, number>>;
}

export const overlap = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

const boxAt = ([x, y]: readonly [number, number], w: number, h: number, gap: number): Box => ({
  x0: x - w / 2 - gap,
  y0: y - h / 2 - gap,
  x1: x + w / 2 + gap,
  y1: y + h / 2 + gap,
});

const within = (b: Box, view: Box): boolean => b.x0 >= view.x0 && b.y0 >= view.y0 && b.x1 <= view.x1 && b.y1 <= view.y1;

/**
 * Candidates in rank order (ties: nearest `focus`, the view's centre), each
 * at its first spot that is inside `view` and clear of `obstacles` and of the
 * names already placed.
 */
export function layoutNames(
  candidates: readonly NameCandidate[],
  obstacles: readonly Box[],
  view: Box,
  focus: readonly [number, number],
  { max, gap, maxOf = {} }: LayoutLimits,
): PlacedName[] {
  const distance = (c: NameCandidate) => Math.min(...c.spots.map(([x, y]) => Math.hypot(x - focus[0], y - focus[1])));
  const order = [...candidates].sort((a, b) => a.rank - b.rank || distance(a) - distance(b));
  const placed: PlacedName[] = [];
  const groups = new Set<string>();
  for (const candidate of order) {
    if (placed.length >= max) break;
    if (candidate.group && groups.has(candidate.group)) continue;
    const ofKind = candidate.kind === undefined ? undefined : maxOf[candidate.kind];
    if (ofKind !== undefined && placed.filter((p) => p.kind === candidate.kind).length >= ofKind) continue;
    for (const spot of candidate.spots) {
      const box = boxAt(spot, candidate.width, candidate.height, gap);
      if (!within(box, view) || obstacles.some((o) => overlap(box, o)) || placed.some((p) => overlap(box, p.box))) continue;
      placed.push({ text: candidate.text, kind: candidate.kind, at: spot, box });
      if (candidate.group) groups.add(candidate.group);
      break;
    }
  }
  return placed;
}
