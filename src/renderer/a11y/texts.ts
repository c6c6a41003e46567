/** What assistive technology says about the map and the emblem on it. */
import { defineTexts } from '@shared/i18n';

export const TEXTS = defineTexts({
  en: {
    flagAt: 'Olympic flag at {place}',
    flameAt: 'Olympic flame at {place}',
    flagMoving: 'Olympic flag on its way from {from} to {to}',
    flameMoving: 'Olympic flame on its way from {from} to {to}',
  },
  fr: {
    flagAt: 'Drapeau olympique\u202f: {place}',
    flameAt: 'Flamme olympique\u202f: {place}',
    flagMoving: 'Drapeau olympique en route de {from} vers {to}',
    flameMoving: 'Flamme olympique en route de {from} vers {to}',
  },
});
