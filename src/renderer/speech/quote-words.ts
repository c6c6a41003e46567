/**
 * What a visitor reads of a quote, in the show's language: our translation
 * as the main words where the quote was spoken in another language (with the
 * words spoken kept beside it), else the words spoken. The stored text keeps
 * the source's straight marks; shown, they are curly (typography.ts).
 */
import type { Lang } from '@shared/i18n';
import type { Speech } from '@model/schema';
import { curlySingleQuotes } from './typography';

export interface QuoteWords {
  /** The main words, as shown. */
  text: string;
  /** Their language, for `lang` and the quote marks. */
  lang: Lang;
  /** The words spoken, as shown, when `text` is our translation of them. */
  spoken?: string;
}

export function quoteWords(quote: Speech, lang: Lang): QuoteWords {
  const spoken = curlySingleQuotes(quote.text);
  const translation = quote.lang === lang ? undefined : quote.translation?.[lang];
  return translation ? { text: translation, lang, spoken } : { text: spoken, lang: quote.lang };
}

/** Each speaker of these quotes once, in order of their first quote (with that quote, for the role). */
export const speakersOf = (quotes: readonly Speech[]): Speech[] => [...new Map(quotes.map((q) => [q.speaker, q])).values()];
