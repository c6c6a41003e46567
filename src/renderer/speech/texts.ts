/** What the quotes' frame says, in both languages. */
import { defineTexts } from '@shared/i18n';

export const TEXTS = defineTexts({
  en: { label: 'From the speeches', translation: 'Translation:' },
  fr: { label: 'Extraits des discours', translation: 'Traduction :' },
});
