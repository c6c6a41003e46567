/**
 * What the tests know of the story: read from the real content files, so the
 * tests follow the data a presenter edits.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const dataDir = resolve(import.meta.dirname, '../../data');
const read = <T>(file: string): T => JSON.parse(readFileSync(resolve(dataDir, file), 'utf8')) as T;

/** A text in both languages, as the content files hold it. */
export interface Localized {
  en: string;
  fr: string;
}

export interface StoryChapter {
  id: string;
  title: Localized;
  narration: Localized;
  /** For the speaker, in the presenter view. */
  notes?: Localized;
  route?: { via: string[] };
  at?: string;
  relay?: { carriers: string[] };
  dwellSeconds: number;
}

export const places = read<{ places: { id: string; name: Localized; at: [number, number] }[] }>('places.json').places;
export const chapters = read<{ chapters: StoryChapter[] }>('chapters.json').chapters;
export const speeches = read<{ speeches: { id: string; text: string; lang: string; translation?: Partial<Localized>; chapter: string; speaker: string }[] }>(
  'speeches.json',
).speeches;

export const placeById = (id: string) => places.find((p) => p.id === id)!;
export const endPlaceOf = (c: StoryChapter) => placeById(c.route ? c.route.via[c.route.via.length - 1]! : c.at!);
export const chapterIndex = (id: string) => chapters.findIndex((c) => c.id === id);
export const dataDirectory = dataDir;
