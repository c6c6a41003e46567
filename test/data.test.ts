/**
 * The real content in data/, checked against the facts the story rests on
 * (shared/facts.md and the source report, which live outside this repository:
 * the parts needed here are copied in below, word for word).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_FILES, parseContent, type Content, type ContentFile } from '../src/shared/content';

const dataDir = new URL('../data/', import.meta.url);
const sources = Object.fromEntries(
  CONTENT_FILES.map((file) => [file, readFileSync(new URL(file, dataDir), 'utf8')]),
) as Record<ContentFile, string>;

function loadContent(): Content {
  const result = parseContent(sources);
  if (!result.ok) throw new Error(`data/ does not validate: ${JSON.stringify(result.problems, null, 2)}`);
  return result.content;
}

/** The six speech excerpts (Thomas Bach, IOC President), exactly as facts.md gives them. */
const FACT_EXCERPTS = [
  `Paris 2024 had been "sensational, or dare I say, 'Seine-sational.'"`,
  `"Olympic Games of a new era" — the first "delivered completely under our Olympic agenda reforms: younger, more urban, more inclusive, more sustainable and the first Olympic Games with full gender parity."`,
  `The athletes' performances were "simply amazing" and showed "what greatness we humans are capable of."`,
  `"During all this time, you lived peacefully together under one roof in the Olympic Village. You embraced each other. You respected each other, even if your countries are divided by war and conflict. You created a culture of peace."`,
  `"This inspired all of us and billions of people around the globe. Thank you for making us dream. Thank you for making us believe in a better world for everyone."`,
  `"We know that the Olympic Games cannot create peace. But the Olympic Games can create a culture of peace that inspires the world. This is why I call on everyone who shares this Olympic spirit: let us live this culture of peace every single day."`,
];

/** The speaker's own words: the parts of the excerpts inside double quotes. */
const QUOTED_FRAGMENTS = FACT_EXCERPTS.flatMap((excerpt) => [...excerpt.matchAll(/"([^"]+)"/g)].map((m) => m[1]!));

/** facts.md's table of places, [lat, lng]. */
const FACT_PLACES: Record<string, readonly [number, number]> = {
  'stade-de-france': [48.92447, 2.36014],
  versailles: [48.80489, 2.12037],
  tuileries: [48.8635, 2.3275],
  coliseum: [34.01414, -118.28786],
  'long-beach': [33.762, -118.189],
};

/** Sentences of the source report (seed/paris-2024-closing-ceremony.txt) about the events we narrate, verbatim. */
const REPORT_SENTENCES = [
  `The star of the Games, Leon Marchand, kicked off proceedings as he arrived in Versailles to transport the Olympic flame and made the journey across the city.`,
  `The show resumed at Saint-Denis with the flagbearers of each country arriving on the field.`,
  `Gold medallists Alex Yee and Bryony Page represented Great Britain at the ceremony.`,
  `Following a few musical performances, the main event got underway with sensational artistic dance sequences and the Olympic rings were then assembled inside the stadium.`,
  `French band Phoenix then lit up the arena with a brilliant display and were joined by DJ Kavinsky - who played his famous song Nightcall.`,
  `The Mayor of LA, and Simone Biles were on hand to accept the Olympic Flag before actor Tom Cruise descended from the roof of the stadium to collect the flag, before departing on a motorcycle to begin its journey across the Atlantic.`,
  `A series of athletes then took over in LA, with mountain biker Kate Courtney cycling the flag to the Coliseum, handing the flag off to legendary sprinter Michael Johnson - who ran it to skateboarder Jagger Eaton on the beach.`,
  `There, by the Pacific, the Red Hot Chili Peppers, Eilish and Snoop Dogg, joined by Dr. Dre, closed things out with a concert that bled into a one-hour show.`,
];

const words = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** The longest run of consecutive words that `text` shares with `source`. */
function longestSharedRun(text: string, source: string): string[] {
  const a = words(text);
  const b = words(source);
  let best: string[] = [];
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      let k = 0;
      while (i + k < a.length && j + k < b.length && a[i + k] === b[j + k]) k++;
      if (k > best.length) best = a.slice(i, i + k);
    }
  }
  return best;
}

describe('data/: the files as shipped', () => {
  it('validate, so the kiosk starts on the story and not on an error screen', () => {
    const result = parseContent(sources);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
});

describe('data/speeches.json: the speaker’s own words', () => {
  const { speeches, chapters } = loadContent();

  it('copies the six excerpts correctly into this test (each has quoted words)', () => {
    expect(FACT_EXCERPTS).toHaveLength(6);
    for (const excerpt of FACT_EXCERPTS) expect([...excerpt.matchAll(/"([^"]+)"/g)].length).toBeGreaterThan(0);
  });

  it('quotes every speech word for word from the excerpts, inside the quotation marks', () => {
    for (const speech of speeches) {
      expect(
        QUOTED_FRAGMENTS.some((fragment) => fragment.includes(speech.text)),
        `speech "${speech.id}" is not word for word from the facts: ${speech.text}`,
      ).toBe(true);
    }
  });

  it('covers every quoted fragment of all six excerpts', () => {
    for (const fragment of QUOTED_FRAGMENTS) {
      expect(
        speeches.some((speech) => speech.text.includes(fragment)),
        `no speech quotes: ${fragment}`,
      ).toBe(true);
    }
  });

  it('names the speaker of every speech: Thomas Bach, IOC President, who gave all six', () => {
    for (const speech of speeches) {
      expect(speech.speaker, speech.id).toBe('Thomas Bach');
      expect(speech.role, speech.id).toBe('IOC President');
      expect(speech.source.trim(), speech.id).not.toBe('');
    }
  });

  it('shows the quotes in the order Bach said them', () => {
    const chapterOrder = new Map(chapters.map((c, i) => [c.id, i]));
    const shown = [...speeches]
      .map((s, i) => ({ s, i }))
      .sort((x, y) => chapterOrder.get(x.s.chapter)! - chapterOrder.get(y.s.chapter)! || x.i - y.i)
      .map(({ s }) => QUOTED_FRAGMENTS.findIndex((fragment) => fragment.includes(s.text)));
    expect(shown).toEqual([...shown].sort((a, b) => a - b));
  });
});

describe('data/places.json: coordinates', () => {
  const { places } = loadContent();
  const byId = new Map(places.map((p) => [p.id, p]));

  it.each(Object.entries(FACT_PLACES))('puts %s where the facts’ table does (within 1e-4°)', (id, [lat, lng]) => {
    const place = byId.get(id);
    expect(place, `no place "${id}" in data/places.json`).toBeDefined();
    expect(Math.abs(place!.at[0] - lat)).toBeLessThan(1e-4);
    expect(Math.abs(place!.at[1] - lng)).toBeLessThan(1e-4);
  });

  it('flags every place the facts do not give as not from the source or approximate', () => {
    const ours = places.filter((p) => !(p.id in FACT_PLACES));
    expect(ours.map((p) => p.id).sort()).toEqual(['beach-stage', 'hollywood', 'le-bourget']);
    for (const place of ours) expect(place.note ?? '', place.id).toMatch(/not in the source|approximate/i);
  });

  it('gives every place a note a presenter can check the coordinate against', () => {
    for (const place of places) expect(place.note?.trim() ?? '', place.id).not.toBe('');
  });
});

describe('data/chapters.json: what we add to the source', () => {
  const { chapters } = loadContent();

  it('explains, in a note, a route that passes through a place the facts do not give', () => {
    for (const chapter of chapters) {
      const between = chapter.route?.via.slice(1, -1) ?? [];
      if (between.some((id) => !(id in FACT_PLACES))) expect(chapter.note?.trim() ?? '', chapter.id).not.toBe('');
    }
  });

  it('mentions only dates the facts give', () => {
    const text = chapters.map((c) => `${c.kicker} ${c.narration} ${c.title}`).join(' ');
    const dayMonths = [...text.matchAll(/\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December)\b/g)];
    for (const [dayMonth] of dayMonths) expect(['11 August', '28 August', '8 September']).toContain(dayMonth);
    for (const [year] of text.matchAll(/\b(19|20)\d\d\b/g)) expect(['2024', '2025', '2028']).toContain(year);
  });
});

describe('data/: narration is our own words', () => {
  const { chapters, speeches } = loadContent();
  const ourWords = [
    ...chapters.flatMap((c) => [
      { where: `chapters/${c.id}.narration`, text: c.narration },
      { where: `chapters/${c.id}.title`, text: c.title },
      { where: `chapters/${c.id}.kicker`, text: c.kicker },
    ]),
    ...speeches.flatMap((s) => (s.lead ? [{ where: `speeches/${s.id}.lead`, text: s.lead }] : [])),
  ];

  it('would catch a sentence pasted from the report', () => {
    expect(longestSharedRun(`Tonight: ${REPORT_SENTENCES[5]}`, REPORT_SENTENCES[5]!).length).toBeGreaterThanOrEqual(8);
  });

  it('shares no run of 8 or more words with the report', () => {
    for (const { where, text } of ourWords) {
      for (const sentence of REPORT_SENTENCES) {
        const run = longestSharedRun(text, sentence);
        expect(run.length, `${where} copies the report: "${run.join(' ')}"`).toBeLessThan(8);
      }
    }
  });
});
