/** What the quotes' frame says, in both languages. */
import { defineTexts } from '@shared/i18n';

const TEXTS_BY_LANG = defineTexts({
  en: { label: 'From the speeches', spokenInEn: 'Spoken in English:', spokenInFr: 'Spoken in French:' },
  fr: { label: 'Extraits des discours', spokenInEn: 'Prononcé en anglais\u202f:', spokenInFr: 'Prononcé en français\u202f:' },
});

/** The label over the words as spoken, by the language they were spoken in. */
export const TEXTS = {
  en: { ...TEXTS_BY_LANG.en, spokenIn: { en: TEXTS_BY_LANG.en.spokenInEn, fr: TEXTS_BY_LANG.en.spokenInFr } },
  fr: { ...TEXTS_BY_LANG.fr, spokenIn: { en: TEXTS_BY_LANG.fr.spokenInEn, fr: TEXTS_BY_LANG.fr.spokenInFr } },
} as const;
