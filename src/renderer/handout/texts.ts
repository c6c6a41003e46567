/** What the handout says around the story's own words, in both languages. */
import { defineTexts } from '@shared/i18n';

export const HANDOUT_TEXTS = defineTexts({
  en: {
    documentTitle: 'Handover: the handout',
    title: 'Handover',
    subtitle: 'The Olympic flag’s journey from the closing ceremony of Paris 2024 to Los Angeles',
    evening: 'Stade de France, Saint-Denis, Sunday 11 August 2024',
    contents: '{count} chapters, one a page, as the show tells them.',
    chapterOf: 'Chapter {n} of {count}',
    mapOf: 'The map of chapter {n} at rest: {title}',
    relayOf: 'The relay diagram at chapter {n}',
    relayStep: 'Relay, step {n} of {count}',
    beforeRelay: 'Before the relay: the flag is still in the stadium.',
    afterRelay: 'The relay’s last step so far: step {n} of {count}.',
    quotes: 'From the speeches',
    credits: 'Credits',
    mapData: 'Map data',
    fonts: 'Fonts',
    icons: 'Icons',
    source: 'The source',
    sourceText:
      'A report of the Paris 2024 closing ceremony and the handover of the Olympic flag to Los Angeles 2028, dated 12 August 2024. The quotes are word for word as it gives them; the narration is ours. Where the record of the ceremony differs from the report (the flame leaves the Tuileries, not Versailles; Tom Cruise carries the flag across the Atlantic), the story follows the record.',
    made: 'Made with Handover on {date}.',
  },
  fr: {
    documentTitle: 'Handover : le document',
    title: 'Handover',
    subtitle: 'Le voyage du drapeau olympique, de la cérémonie de clôture de Paris 2024 à Los Angeles',
    evening: 'Stade de France, Saint-Denis, dimanche 11 août 2024',
    contents: '{count} chapitres, un par page, tels que les raconte la présentation.',
    chapterOf: 'Chapitre {n} sur {count}',
    mapOf: 'La carte du chapitre {n} au repos : {title}',
    relayOf: 'Le schéma du relais au chapitre {n}',
    relayStep: 'Relais, étape {n} sur {count}',
    beforeRelay: 'Avant le relais : le drapeau est encore dans le stade.',
    afterRelay: 'Dernière étape du relais à ce moment : étape {n} sur {count}.',
    quotes: 'Extraits des discours',
    credits: 'Crédits',
    mapData: 'Données cartographiques',
    fonts: 'Polices',
    icons: 'Icônes',
    source: 'La source',
    sourceText:
      'Un compte rendu de la cérémonie de clôture de Paris 2024 et de la passation du drapeau olympique à Los Angeles 2028, daté du 12 août 2024. Les citations sont reprises mot pour mot ; le récit est le nôtre. Là où les archives de la cérémonie contredisent le compte rendu (la flamme part des Tuileries, non de Versailles ; Tom Cruise emporte le drapeau outre-Atlantique), l’histoire suit les archives.',
    made: 'Réalisé avec Handover le {date}.',
  },
});
