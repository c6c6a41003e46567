/**
 * A chapter's title and kicker in the language shown. The one place the
 * presenter view reads them, so that the content's move to { en, fr } titles
 * changes one line here.
 */
import type { Lang } from '@shared/i18n';
import type { Chapter } from '@shared/schema';

export interface ChapterHeading {
  kicker: string;
  title: string;
}

export const chapterHeading = (chapter: Chapter, _lang: Lang): ChapterHeading => ({ kicker: chapter.kicker, title: chapter.title });

/** The speaker's notes for a chapter in the language shown, or null when it has none. */
export const chapterNotes = (chapter: Chapter, lang: Lang): string | null => chapter.notes?.[lang] ?? null;
