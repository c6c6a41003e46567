/**
 * Numbers shown to visitors, written as each language writes them
 * ("5,600 km" / "5 600 km"). Intl's formatters are costly to create, so each
 * is made once per language and kept.
 */
import { EARTH_RADIUS_KM } from './geo';
import type { Lang } from '../shared/i18n';

/** Creates a formatter per language on first use and keeps it. */
function perLang<T>(create: (lang: Lang) => T): (lang: Lang) => T {
  const made = new Map<Lang, T>();
  return (lang) => {
    let formatter = made.get(lang);
    if (formatter === undefined) made.set(lang, (formatter = create(lang)));
    return formatter;
  };
}

const wholeKm = perLang((lang) => new Intl.NumberFormat(lang, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 0 }));
const tenthsKm = perLang((lang) => new Intl.NumberFormat(lang, { style: 'unit', unit: 'kilometer', minimumFractionDigits: 1, maximumFractionDigits: 1 }));

/**
 * A distance given in radians of a great circle, rounded as a presenter would
 * say it: "8,900 km", "14 km", "4.2 km" in English; "8 900 km", "4,2 km" in French.
 */
export function formatDistance(radians: number, lang: Lang): string {
  const km = radians * EARTH_RADIUS_KM;
  if (km < 10) return tenthsKm(lang).format(km);
  return wholeKm(lang).format(km < 1000 ? Math.round(km) : Math.round(km / 100) * 100);
}

const counts = perLang((lang) => new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }));

/** A whole number as the language writes it (1,000 / 1 000). */
export const formatCount = (n: number, lang: Lang): string => counts(lang).format(n);

/** A text with its {placeholders} filled: fill('Chapter {n} of {count}', { n: '3', count: 17 }). */
export const fill = (text: string, values: Readonly<Record<string, string | number>>): string =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
