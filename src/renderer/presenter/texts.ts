/** Every string of the presenter view, in both languages. */
import { defineTexts } from '@shared/i18n';

export const PRESENTER_TEXTS = defineTexts({
  en: {
    documentTitle: 'Handover · presenter view',
    view: 'Presenter view',
    chapterOf: 'Chapter {n} of {count}',
    now: 'On screen',
    next: 'Next',
    theEnd: 'The end of the story',
    notes: 'Notes',
    noNotes: 'No notes for this chapter.',
    elapsed: 'Elapsed',
    reset: 'Reset',
    resetLabel: 'Reset the elapsed time to zero',
    clock: 'Time',
    previousButton: 'Previous',
    nextButton: 'Next',
    waiting: 'Waiting for the audience window…',
    gone: 'The audience window is closed',
    blackout: 'Audience screen black',
    autoplay: 'Autoplay',
    goto: 'Go to chapter {n}…',
    enterKey: 'Enter',
    blocked: 'The browser blocked the presenter window: press S to open it',
  },
  fr: {
    documentTitle: 'Handover · mode présentateur',
    view: 'Mode présentateur',
    chapterOf: 'Chapitre {n} sur {count}',
    now: 'À l’écran',
    next: 'À suivre',
    theEnd: 'Fin de l’histoire',
    notes: 'Notes',
    noNotes: 'Pas de notes pour ce chapitre.',
    elapsed: 'Temps écoulé',
    reset: 'Remettre à zéro',
    resetLabel: 'Remettre le temps écoulé à zéro',
    clock: 'Heure',
    previousButton: 'Précédent',
    nextButton: 'Suivant',
    waiting: 'En attente de la fenêtre du public…',
    gone: 'La fenêtre du public est fermée',
    blackout: 'Écran du public éteint',
    autoplay: 'Lecture automatique',
    goto: 'Aller au chapitre {n}…',
    enterKey: 'Entrée',
    blocked: 'Le navigateur a bloqué la fenêtre du présentateur : appuyez sur S pour l’ouvrir',
  },
});

/** Fills {name} placeholders in a text. */
export const fill = (text: string, values: Readonly<Record<string, string | number>>): string =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
