/** What the relay diagram says to screen readers, in both languages. */
import { defineTexts } from '@shared/i18n';

export const TEXTS = defineTexts({
  en: { label: 'Who carried the flag, in order', and: ' and ' },
  fr: { label: 'Qui a porté le drapeau, dans l’ordre', and: ' et ' },
});
