import { describe, expect, it } from 'vitest';
import { isOpen, msUntilNextChange, parseOpeningHours } from './opening-hours';

const at = (hhmm: string, seconds = 0) => new Date(`2026-03-01T${hhmm}:${String(seconds).padStart(2, '0')}`);

describe('opening hours', () => {
  it('reads "09:00-18:00" and is open from 09:00 up to, not including, 18:00', () => {
    const hours = parseOpeningHours('09:00-18:00')!;
    expect([at('08:59'), at('09:00'), at('17:59'), at('18:00')].map((d) => isOpen(hours, d))).toEqual([false, true, true, false]);
  });

  it('allows hours past midnight', () => {
    const hours = parseOpeningHours('18:00-02:00')!;
    expect([at('17:00'), at('23:30'), at('01:59'), at('02:00')].map((d) => isOpen(hours, d))).toEqual([false, true, true, false]);
  });

  it.each(['9-18', '09:00', '09:00-18:00-20:00', '24:00-08:00', '09:60-10:00', '10:00-10:00', ''])('refuses %j', (text) => {
    expect(parseOpeningHours(text)).toBeNull();
  });

  it('counts the wait to the next opening or closing', () => {
    const hours = parseOpeningHours('09:00-18:00')!;
    expect(msUntilNextChange(hours, at('17:59', 30))).toBe(30_000);
    expect(msUntilNextChange(hours, at('18:00'))).toBe(15 * 3600_000);
  });
});
