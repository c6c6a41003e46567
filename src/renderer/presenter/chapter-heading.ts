/** What the presenter view reads of a chapter, in the language shown. */
import type { Lang } from '@shared/i18n';
import type { Chapter } from '@model/schema';

export interface ChapterHeading {
  kicker: string;
  title: string;
}

export const chapterHeading = (chapter: Chapter, lang: Lang): ChapterHeading => ({ kicker: chapter.kicker[lang], title: chapter.title[lang] });

/** The speaker's notes for a chapter in the language shown, or null when it has none. */
export const chapterNotes = (chapter: Chapter, lang: Lang): string | null => chapter.notes?.[lang] ?? null;
