/**
 * How far the flag has got along the current chapter's leg (0..1), live.
 * Animation, not show state: the journey player writes it on every frame of a
 * leg, and only the timeline and the scrub keys read it. A chapter without a
 * leg, or one at rest, reads 1.
 */
export class LegProgress {
  #value = $state(1);

  get value(): number {
    return this.#value;
  }

  set(value: number): void {
    this.#value = value;
  }
}
