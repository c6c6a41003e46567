/** What the app says while the show is not on screen (starting, restarting, stopped, closed), in both languages. */
import { defineTexts } from '@shared/i18n';

export const TEXTS = defineTexts({
  en: {
    stopped: 'The show has stopped',
    stoppedHelp: 'This is in the log. Restart Handover once the cause is fixed.',
    restarting: 'One moment: the show is starting again',
    closed: 'Closed: outside opening hours',
  },
  fr: {
    stopped: 'La présentation s’est arrêtée',
    stoppedHelp: 'La cause est notée dans le journal. Redémarrez Handover une fois le problème corrigé.',
    restarting: 'Un instant\u202f: la présentation redémarre',
    closed: 'Fermé\u202f: en dehors des heures d’ouverture',
  },
});
