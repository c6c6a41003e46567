/**
 * The attract loop as a pure function of the wall clock, for kiosks kept in
 * step by their clocks alone (the `sync` setting): the loop's position is
 * (now − a fixed epoch, in UTC milliseconds) modulo the loop's length. Every
 * kiosk with the same content and a clock set by NTP then shows the same
 * chapter, and the flag at the same point of its leg, with no message between
 * them. UTC milliseconds know no daylight saving and no day change.
 *
 * A chapter lasts its dwell time, as in autoplay; within it a leg's flight
 * comes first, then its travel, then the flag rests until the next chapter.
 */

/** The loop's origin: the evening of the handover (Sunday 11 August 2024, 20:00 UTC). */
export const SYNC_EPOCH_MS = Date.UTC(2024, 7, 11, 20, 0, 0);

export interface AttractLoop {
  /** Where each chapter starts in the loop, ms from the loop's start. */
  readonly starts: readonly number[];
  readonly dwellMs: readonly number[];
  readonly lengthMs: number;
}

/** The loop of chapters lasting `dwellSeconds` each (whole milliseconds, so every kiosk counts alike). */
export function attractLoop(dwellSeconds: readonly number[]): AttractLoop {
  const dwellMs = dwellSeconds.map((s) => Math.max(1, Math.round(s * 1000)));
  const starts: number[] = [];
  let at = 0;
  for (const ms of dwellMs) {
    starts.push(at);
    at += ms;
  }
  return { starts, dwellMs, lengthMs: at };
}

/** Where the loop is at one instant: the chapter, and when (UTC ms) this turn of it began and ends. */
export interface LoopPosition {
  index: number;
  start: number;
  end: number;
}

/** Milliseconds into the loop at `nowMs`: 0 ≤ result < the loop's length, before the epoch too. */
export function loopTimeAt(loop: AttractLoop, nowMs: number, epochMs = SYNC_EPOCH_MS): number {
  const t = (nowMs - epochMs) % loop.lengthMs;
  return t < 0 ? t + loop.lengthMs : t;
}

/** The chapter the clock shows at `nowMs`. */
export function loopPositionAt(loop: AttractLoop, nowMs: number, epochMs = SYNC_EPOCH_MS): LoopPosition {
  const t = loopTimeAt(loop, nowMs, epochMs);
  let lo = 0;
  let hi = loop.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (loop.starts[mid]! <= t) lo = mid;
    else hi = mid - 1;
  }
  const start = nowMs - (t - loop.starts[lo]!);
  return { index: lo, start, end: start + loop.dwellMs[lo]! };
}

/** When (UTC ms) the loop next starts again after `nowMs`: where new content takes over, on every kiosk at once. */
export function nextLoopStart(loop: AttractLoop, nowMs: number, epochMs = SYNC_EPOCH_MS): number {
  return nowMs - loopTimeAt(loop, nowMs, epochMs) + loop.lengthMs;
}

/** The chapter on screen and, if it follows the clock, when its turn began. */
export interface ShownTurn {
  index: number;
  /** The UTC ms its turn of the loop began, or undefined for a chapter a person chose. */
  start: number | undefined;
}

/**
 * What the show does now to follow the clock: `wait` (in step: the next
 * chapter in `ms`), `step` (the clock has moved on to the next chapter: the
 * loop's own move) or `rejoin` (anywhere else: after a visitor, a clock
 * stepped by NTP or a reboot; fly to the clock's chapter, then in step).
 */
export type LoopAction = { kind: 'wait'; ms: number } | { kind: 'step' | 'rejoin'; to: LoopPosition };

export function followClock(loop: AttractLoop, shown: ShownTurn, nowMs: number, epochMs = SYNC_EPOCH_MS): LoopAction {
  const to = loopPositionAt(loop, nowMs, epochMs);
  if (to.index === shown.index && to.start === shown.start) return { kind: 'wait', ms: to.end - nowMs };
  const count = loop.starts.length;
  const next = shown.start !== undefined && to.index === (shown.index + 1) % count && to.start === shown.start + loop.dwellMs[shown.index]!;
  return { kind: next ? 'step' : 'rejoin', to };
}

/** Where a leg stands `sinceMs` after its chapter began: flying to it, travelling (`at`, 0..1 of the travel's time), or done. */
export type LegPhase = { kind: 'flying' } | { kind: 'travelling'; at: number } | { kind: 'done' };

export function legPhaseAt(sinceMs: number, flightMs: number, travelMs: number): LegPhase {
  if (sinceMs < flightMs) return { kind: 'flying' };
  const into = sinceMs - flightMs;
  return into < travelMs ? { kind: 'travelling', at: into / travelMs } : { kind: 'done' };
}

/**
 * How far the shown position is from the clock's, in ms, wrapped to the
 * nearest turn of the loop (−length/2 ≤ offset < length/2): positive when the
 * show is behind the clock. `since` is when the shown chapter began.
 */
export function loopOffsetMs(loop: AttractLoop, index: number, since: number, nowMs: number, epochMs = SYNC_EPOCH_MS): number {
  const shown = loop.starts[index]! + (nowMs - since);
  const half = loop.lengthMs / 2;
  const d = (((loopTimeAt(loop, nowMs, epochMs) - shown + half) % loop.lengthMs) + loop.lengthMs) % loop.lengthMs;
  return d - half;
}
