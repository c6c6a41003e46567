/**
 * The emblem's accessible name: where the flag (or the flame) is, in the
 * show's language: "Olympic flag at LA Memorial Coliseum", or on its way.
 */
import type { Lang } from '@shared/i18n';
import type { JourneyChapter } from '@model/journey';
import type { PlayerState } from '../map/journey-player';
import { fill } from '@model/format';
import { TEXTS } from './texts';

export function emblemLabel(chapter: JourneyChapter, state: PlayerState, lang: Lang): string {
  const texts = TEXTS[lang];
  const flame = chapter.content.emblem === 'flame';
  if (state === 'resting' || !chapter.leg) return fill(flame ? texts.flameAt : texts.flagAt, { place: chapter.to.name[lang] });
  return fill(flame ? texts.flameMoving : texts.flagMoving, { from: chapter.from.name[lang], to: chapter.to.name[lang] });
}
