/** What the map says to screen readers, in both languages. */
import { defineTexts } from '@shared/i18n';

export const TEXTS = defineTexts({
  en: { label: 'Map of the flag’s journey' },
  fr: { label: 'Carte du voyage du drapeau' },
});
