/**
 * Opening hours: outside them the screen is black, and it wakes by itself at
 * opening time. One timer, set for the next change, never a poll.
 */
import { isOpen, msUntilNextChange, parseOpeningHours, type OpeningHours } from '@shared/opening-hours';

export class OpeningHoursController {
  readonly #hours: OpeningHours | null;
  #timer: ReturnType<typeof setTimeout> | undefined;

  /** `text` as in the settings ("09:00-18:00"), or null for always open. */
  constructor(
    text: string | null,
    private readonly onChange: (open: boolean) => void,
  ) {
    this.#hours = text === null ? null : parseOpeningHours(text);
  }

  bind(): void {
    this.unbind();
    this.#check();
  }

  unbind(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #check = (): void => {
    if (!this.#hours) return this.onChange(true);
    const now = new Date();
    this.onChange(isOpen(this.#hours, now));
    // A little after the minute turns, so the clock is past the change when we look again.
    this.#timer = setTimeout(this.#check, msUntilNextChange(this.#hours, now) + 50);
  };
}
