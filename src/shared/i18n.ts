/**
 * The two languages of the show. Every string a visitor reads exists in both;
 * the types below make a missing translation a compile error for UI text, and
 * the content schema (schema.ts) makes it a load error that names the field.
 */
export const LANGS = ['en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

export const DEFAULT_LANG: Lang = 'en';

/** The language after `lang`, for the L key. */
export const nextLang = (lang: Lang): Lang => LANGS[(LANGS.indexOf(lang) + 1) % LANGS.length]!;

/** A module's UI strings: the same keys in every language, checked by the compiler. */
export type Texts<K extends string> = Readonly<Record<Lang, Readonly<Record<K, string>>>>;

/** Declares a module's UI strings; `fr` must have exactly the keys of `en`. */
export const defineTexts = <K extends string>(texts: { en: Record<K, string>; fr: NoInfer<Record<K, string>> }): Texts<K> => texts;
