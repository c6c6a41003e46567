/**
 * Content in two languages: every text a visitor reads is { "en": "…", "fr": "…" },
 * and a missing translation is reported with the file, the field and the language.
 * A tiny content set of our own, so editing data/ breaks none of this.
 */
import { describe, expect, it } from 'vitest';
import { describeProblem, parseContent, type ContentFile } from './content';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests edit raw JSON, the parser's input, at any depth
type Json = Record<string, any>;

const both = (en: string, fr: string) => ({ en, fr });

function fixture(): Record<'places' | 'chapters' | 'speeches', Json> {
  return {
    places: {
      places: [{ id: 'stadium', name: both('Stadium', 'Stade'), at: [48.92, 2.36] }],
      areas: [{ name: both('Atlantic Ocean', 'Océan Atlantique'), at: [36, -42], minZoom: 1, maxZoom: 6 }],
    },
    chapters: {
      chapters: [
        {
          id: 'opening',
          title: both('Opening', 'Ouverture'),
          kicker: both('Evening', 'Soirée'),
          narration: both('It begins.', 'Tout commence.'),
          at: 'stadium',
          view: { center: 'stadium', zoom: 10 },
          dwellSeconds: 10,
        },
        {
          id: 'handover',
          title: both('Handover', 'Passation'),
          kicker: both('Evening', 'Soirée'),
          narration: both('The flag passes on.', 'Le drapeau change de mains.'),
          notes: both('Point at the stadium.', 'Montrez le stade.'),
          relay: { carriers: ['A. Carrier'], modes: ['on-foot'], action: both('Accept the flag', 'Réception du drapeau') },
          at: 'stadium',
          view: { center: 'stadium', zoom: 10 },
          dwellSeconds: 10,
        },
      ],
    },
    speeches: {
      speeches: [
        {
          id: 'words',
          speaker: 'A. Speaker',
          role: both('President', 'présidente'),
          lead: both('She said', 'Elle a dit'),
          text: 'Thank you.',
          lang: 'en',
          translation: { fr: 'Merci.' },
          chapter: 'handover',
          source: 'a test',
        },
      ],
    },
  };
}

/** The fixture, changed by `edit`, as parseContent's problems written as the log and the screen write them. */
function problemsAfter(edit: (content: ReturnType<typeof fixture>) => void): string[] {
  const content = fixture();
  edit(content);
  const sources = Object.fromEntries(Object.entries(content).map(([name, json]) => [`${name}.json`, JSON.stringify(json)])) as Record<ContentFile, string>;
  const result = parseContent(sources);
  return result.ok ? [] : result.problems.map(describeProblem);
}

describe('content in two languages', () => {
  it('accepts the fixture: every text in English and French', () => {
    expect(problemsAfter(() => {})).toEqual([]);
  });

  it('names a missing French title by file, chapter and language', () => {
    expect(problemsAfter((c) => delete c.chapters.chapters[1].title.fr)).toEqual(['data/chapters.json at chapters[1].title.fr: expected the French text']);
  });

  it('names a missing French narration, and an empty one, the same way', () => {
    expect(problemsAfter((c) => delete c.chapters.chapters[0].narration.fr)).toEqual([
      'data/chapters.json at chapters[0].narration.fr: expected the French text',
    ]);
    expect(problemsAfter((c) => (c.chapters.chapters[0].narration.fr = '  '))).toEqual([
      'data/chapters.json at chapters[0].narration.fr: expected the French text',
    ]);
  });

  it('names a missing French speech lead', () => {
    expect(problemsAfter((c) => delete c.speeches.speeches[0].lead.fr)).toEqual(['data/speeches.json at speeches[0].lead.fr: expected the French text']);
  });

  it('names a missing English text too, and the missing translations of notes, roles, relay actions, place and area names', () => {
    expect(
      problemsAfter((c) => {
        delete c.chapters.chapters[1].kicker.en;
        delete c.chapters.chapters[1].notes.fr;
        delete c.chapters.chapters[1].relay.action.fr;
        delete c.speeches.speeches[0].role.fr;
        delete c.places.places[0].name.fr;
        delete c.places.areas[0].name.fr;
      }),
    ).toEqual([
      'data/places.json at places[0].name.fr: expected the French text',
      'data/places.json at areas[0].name.fr: expected the French text',
      'data/chapters.json at chapters[1].kicker.en: expected the English text',
      'data/chapters.json at chapters[1].relay.action.fr: expected the French text',
      'data/chapters.json at chapters[1].notes.fr: expected the French text',
      'data/speeches.json at speeches[0].role.fr: expected the French text',
    ]);
  });

  it('says how to write a text given in one language only, as a plain string', () => {
    expect(problemsAfter((c) => (c.chapters.chapters[0].title = 'Opening'))).toEqual([
      'data/chapters.json at chapters[0].title: expected the text in both languages: { "en": "…", "fr": "…" }',
    ]);
  });

  it('holds each language’s narration to 420 characters, so French that runs long is caught', () => {
    expect(problemsAfter((c) => (c.chapters.chapters[0].narration.fr = 'mot '.repeat(110)))).toEqual([
      'data/chapters.json at chapters[0].narration.fr: expected at most 420 characters, so it reads from across a room',
    ]);
  });
});

describe('speeches: the words spoken, in the language spoken', () => {
  it('needs the language a speech was spoken in', () => {
    expect(problemsAfter((c) => delete c.speeches.speeches[0].lang)).toEqual([
      'data/speeches.json at speeches[0].lang: expected the language it was spoken in: "en" or "fr"',
    ]);
  });

  it('takes a speech without a translation', () => {
    expect(problemsAfter((c) => delete c.speeches.speeches[0].translation)).toEqual([]);
  });

  it('refuses a "translation" into the language the words were spoken in', () => {
    expect(problemsAfter((c) => (c.speeches.speeches[0].translation = { en: 'Thanks.' }))).toEqual([
      'data/speeches.json at speeches[0].translation.en: expected no translation into "en", the language the quote was spoken in',
    ]);
  });

  it('keeps the quote itself a single string, never one per language', () => {
    expect(problemsAfter((c) => (c.speeches.speeches[0].text = both('Thank you.', 'Merci.')))).toEqual([
      'data/speeches.json at speeches[0].text: expected the words exactly as spoken, as one string (a translation goes in "translation")',
    ]);
  });
});
