/** What assistive technology says about the map and the emblem on it. */
import { defineTexts } from '@shared/i18n';

export const A11Y_TEXTS = defineTexts({
  en: {
    flagAt: 'Olympic flag at {place}',
    flameAt: 'Olympic flame at {place}',
    flagMoving: 'Olympic flag on its way from {from} to {to}',
    flameMoving: 'Olympic flame on its way from {from} to {to}',
    chapterOf: 'Chapter {n} of {count}',
  },
  fr: {
    flagAt: 'Drapeau olympique\u202f: {place}',
    flameAt: 'Flamme olympique\u202f: {place}',
    flagMoving: 'Drapeau olympique en route de {from} vers {to}',
    flameMoving: 'Flamme olympique en route de {from} vers {to}',
    chapterOf: 'Chapitre {n} sur {count}',
  },
});

/** Fills `{name}` slots in a text. */
export const fill = (text: string, values: Readonly<Record<string, string | number>>): string =>
  text.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
