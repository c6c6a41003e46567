/**
 * Opening hours for a kiosk, as "HH:MM-HH:MM" in local time. Outside them the
 * screen is black; hours that pass midnight ("18:00-02:00") are allowed.
 */
export interface OpeningHours {
  /** Minutes after midnight. */
  opens: number;
  closes: number;
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

const minutes = (text: string): number | null => {
  const m = TIME.exec(text.trim());
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
};

export function parseOpeningHours(text: string): OpeningHours | null {
  const [from, to, ...rest] = text.split('-');
  if (from === undefined || to === undefined || rest.length > 0) return null;
  const opens = minutes(from);
  const closes = minutes(to);
  return opens === null || closes === null || opens === closes ? null : { opens, closes };
}

/** Whether the kiosk is open at `date` (local time). */
export function isOpen(hours: OpeningHours, date: Date): boolean {
  const now = date.getHours() * 60 + date.getMinutes();
  return hours.opens < hours.closes ? now >= hours.opens && now < hours.closes : now >= hours.opens || now < hours.closes;
}

/** Milliseconds from `date` until the next opening or closing, so a timer can wait for exactly that. */
export function msUntilNextChange(hours: OpeningHours, date: Date): number {
  const now = date.getHours() * 60 + date.getMinutes();
  const next = isOpen(hours, date) ? hours.closes : hours.opens;
  const wait = (next - now + 24 * 60) % (24 * 60) || 24 * 60;
  return wait * 60_000 - date.getSeconds() * 1000 - date.getMilliseconds();
}
