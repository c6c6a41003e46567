/**
 * The real content in data/, checked against the facts the story rests on
 * (shared/facts.md and the source report, which live outside this repository:
 * the parts needed here are copied in below and in source-report.ts, word for word).
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_FILES, parseContent, type Content, type ContentFile } from '../src/model/content';
import type { Chapter } from '../src/model/schema';
import { SOURCE_REPORT } from './source-report';

const dataDir = new URL('../data/', import.meta.url);
const sources = Object.fromEntries(CONTENT_FILES.map((file) => [file, readFileSync(new URL(file, dataDir), 'utf8')])) as Record<ContentFile, string>;

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

/**
 * facts.md's table of places, [lat, lng]. Its Château de Versailles is left out:
 * it is only where the source wrongly starts the flame, and the story follows the record.
 */
const FACT_PLACES: Record<string, readonly [number, number]> = {
  'stade-de-france': [48.92447, 2.36014],
  tuileries: [48.8635, 2.3275],
  coliseum: [34.01414, -118.28786],
  'long-beach': [33.762, -118.189],
};

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
      expect(speech.role.en, speech.id).toBe('IOC President');
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

describe('data/places.json: every place is in the story', () => {
  const { places, chapters } = loadContent();

  it('uses every place in a route, as a resting place or in a camera view', () => {
    const used = new Set(
      chapters.flatMap((c) => [
        ...(c.route?.via ?? []),
        ...(c.at ? [c.at] : []),
        ...('center' in c.view ? [c.view.center] : c.view.fit === 'journey' ? [] : c.view.fit),
      ]),
    );
    expect(places.map((p) => p.id).filter((id) => !used.has(id))).toEqual([]);
  });

  it('has no Versailles: the flame starts at the Tuileries, as in the record', () => {
    expect(places.filter((p) => /versailles/i.test(`${p.id} ${p.name}`)).map((p) => p.id)).toEqual([]);
  });

  it('says at the Tuileries and in the Hollywood Hills what the record adds to the source', () => {
    const tuileries = places.find((p) => p.id === 'tuileries')!;
    expect(tuileries.note).toMatch(/Marchand/);
    expect(tuileries.note).toMatch(/lantern/);
    expect(tuileries.note).toMatch(/source says Versailles/);
    const hollywood = places.find((p) => p.id === 'hollywood')!;
    expect(hollywood.note).toMatch(/Tom Cruise parachutes/);
    expect(hollywood.note).toMatch(/not in the source/i);
  });
});

/** Lower-case, without accents: "Léon" and "Leon" are the same name. */
const plain = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
const REPORT_WORDS = new Set(
  plain(SOURCE_REPORT)
    .split(/[^a-z0-9]+/)
    .filter(Boolean),
);
/** In the report as it is or as the start of a longer word there ("America" of "American", "Paralympic" of "Paralympics"). */
const inReport = (word: string) => {
  const w = plain(word);
  return REPORT_WORDS.has(w) || (w.length >= 5 && [...REPORT_WORDS].some((r) => r.startsWith(w)));
};

/**
 * Names and dates in `text` that the source report does not have: every word of
 * a run of capitalised words (the first word of a sentence counts only as part of
 * such a run, so "Dancers take over" is not a name but "Karen Bass" is), and
 * every day-month date and year.
 */
function namesAndDatesNotInReport(text: string): string[] {
  const found: string[] = [];
  for (const sentence of text.split(/(?<=[.!?:;·])\s+|\s+·\s+|\n+/)) {
    const tokens = sentence.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    tokens.forEach((word, i) => {
      if (!/^\p{Lu}/u.test(word) || word.length < 2) return;
      const runs = /^\p{Lu}/u.test(tokens[i + 1] ?? '') || (i > 0 && /^\p{Lu}/u.test(tokens[i - 1] ?? ''));
      if ((i > 0 || runs) && !inReport(word)) found.push(word);
    });
  }
  const dates = text.matchAll(/\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(?:19|20)\d\d\b/g);
  for (const [date] of dates) if (!SOURCE_REPORT.includes(date)) found.push(date);
  return found;
}

/** Details from the record, or of our own, in lower-case words the name check cannot see. */
const DETAILS_NOT_IN_REPORT: readonly RegExp[] = [/lantern/, /cauldron/, /parachut/, /\bplane\b/, /\bbl[oe]ws?\b/, /one by one/];

/** What a chapter shows, in English: the French says the same (see "both languages" below). */
const shownText = (c: Chapter) => [c.title.en, c.kicker.en, c.narration.en, ...(c.relay ? [...c.relay.carriers, c.relay.action.en] : [])].join('\n');

describe('data/chapters.json: what we add to the source', () => {
  const { chapters } = loadContent();
  const byId = new Map(chapters.map((c) => [c.id, c]));

  it('explains, in a note, a route that passes through a place the facts do not give', () => {
    for (const chapter of chapters) {
      const between = chapter.route?.via.slice(1, -1) ?? [];
      if (between.some((id) => !(id in FACT_PLACES))) expect(chapter.note?.trim() ?? '', chapter.id).not.toBe('');
    }
  });

  it('finds the names and dates the report lacks, and only those', () => {
    expect(namesAndDatesNotInReport('Then Karen Bass, Mayor of Los Angeles, and Simone Biles take the flag.')).toEqual(['Karen', 'Bass']);
    expect(namesAndDatesNotInReport('Long Beach · 11 August 2024')).toEqual(['Long', '11 August']);
    expect(namesAndDatesNotInReport('Dancers take over. Léon Marchand opens the evening in 2028.')).toEqual([]);
  });

  it('names, in the chapter’s note, every name and date it shows that the report does not give', () => {
    for (const chapter of chapters) {
      const note = plain(chapter.note ?? '');
      for (const added of namesAndDatesNotInReport(shownText(chapter))) {
        expect(note, `chapters/${chapter.id} shows "${added}", which the source lacks, without a note naming it`).toContain(plain(added));
      }
    }
  });

  it('names, in the chapter’s note, every detail from the record the report does not give', () => {
    for (const chapter of chapters) {
      for (const detail of DETAILS_NOT_IN_REPORT) {
        if (detail.test(plain(shownText(chapter)))) {
          expect(plain(chapter.note ?? ''), `chapters/${chapter.id} says ${detail} without a note on it`).toMatch(detail);
        }
      }
    }
  });

  it('gives the overview’s date, which the report (dated 12 August) does not state, a note', () => {
    expect(byId.get('overview')!.kicker.en).toContain('11 August 2024');
    expect(byId.get('overview')!.kicker.fr).toContain('11 août 2024');
    expect(byId.get('overview')!.note).toMatch(/not in the source.*12 August/);
  });

  it('starts the flame at the Tuileries and says in the note what the source says instead', () => {
    const flame = byId.get('flame')!;
    expect(flame.route?.via).toEqual(['tuileries', 'stade-de-france']);
    expect(flame.kicker.en).toMatch(/^Tuileries/);
    expect(flame.narration.en).toMatch(/Tuileries/);
    expect(flame.narration.fr).toMatch(/Tuileries/);
    expect(flame.note).toMatch(/source says .*Versailles/);
    expect(flame.note).toMatch(/Press reports .*Tuileries/);
  });

  it('has Marchand blow the flame out in the stadium, after the concert and before the farewell, with a note', () => {
    const ids = chapters.map((c) => c.id);
    const out = byId.get('flame-out')!;
    expect(out).toMatchObject({ emblem: 'flame', at: 'stade-de-france' });
    expect(out.note).toMatch(/^Not in the source/);
    expect(ids.indexOf('flame-out')).toBe(ids.indexOf('concert') + 1);
    expect(ids.indexOf('flame-out')).toBe(ids.indexOf('next') - 1);
  });

  it('flies the Atlantic with Tom Cruise, by plane and parachute, and notes what the source says instead', () => {
    const atlantic = byId.get('atlantic')!;
    expect(atlantic.relay).toMatchObject({ carriers: ['Tom Cruise'], modes: ['flight', 'parachute'] });
    expect(atlantic.narration.en).not.toMatch(/stars/);
    expect(atlantic.note).toContain('many US stars accepted the Olympic Flag as it made its way across the Atlantic');
    expect(SOURCE_REPORT).toContain('many US stars accepted the Olympic Flag as it made its way across the Atlantic');
  });

  it('notes that the source names the Mayor of LA but not Karen Bass', () => {
    const handover = byId.get('handover')!;
    expect(handover.relay?.carriers).toContain('Karen Bass');
    expect(handover.note).toMatch(/"the Mayor of LA".*Karen Bass/);
  });
});

describe('data/: narration is our own words', () => {
  const { chapters, speeches } = loadContent();
  const ourWords = [
    ...chapters.flatMap((c) => [
      { where: `chapters/${c.id}.narration`, text: c.narration.en },
      { where: `chapters/${c.id}.title`, text: c.title.en },
      { where: `chapters/${c.id}.kicker`, text: c.kicker.en },
    ]),
    ...speeches.flatMap((s) => (s.lead ? [{ where: `speeches/${s.id}.lead`, text: s.lead.en }] : [])),
  ];

  it('would catch a sentence pasted from the report', () => {
    const pasted = 'The show resumed at Saint-Denis with the flagbearers of each country arriving on the field.';
    expect(SOURCE_REPORT).toContain(pasted);
    expect(longestSharedRun(`Tonight: ${pasted}`, SOURCE_REPORT).length).toBeGreaterThanOrEqual(8);
  });

  it('shares no run of 8 or more words with the report', () => {
    for (const { where, text } of ourWords) {
      const run = longestSharedRun(text, SOURCE_REPORT);
      expect(run.length, `${where} copies the report: "${run.join(' ')}"`).toBeLessThan(8);
    }
  });
});

describe('data/: both languages, complete', () => {
  const { places, areas, chapters, speeches } = loadContent();
  /** Every text a visitor or speaker reads, where it is and in both languages. */
  const texts = [
    ...places.map((p) => ({ where: `places/${p.id}.name`, text: p.name })),
    ...areas.map((a) => ({ where: `areas/${a.name.en}.name`, text: a.name })),
    ...chapters.flatMap((c) => [
      { where: `chapters/${c.id}.title`, text: c.title },
      { where: `chapters/${c.id}.kicker`, text: c.kicker },
      { where: `chapters/${c.id}.narration`, text: c.narration },
      ...(c.notes ? [{ where: `chapters/${c.id}.notes`, text: c.notes }] : []),
      ...(c.relay ? [{ where: `chapters/${c.id}.relay.action`, text: c.relay.action }] : []),
    ]),
    ...speeches.flatMap((s) => [{ where: `speeches/${s.id}.role`, text: s.role }, ...(s.lead ? [{ where: `speeches/${s.id}.lead`, text: s.lead }] : [])]),
  ];
  const french = [
    ...texts.map(({ where, text }) => ({ where, text: text.fr })),
    ...speeches.flatMap((s) => (s.translation?.fr ? [{ where: `speeches/${s.id}.translation.fr`, text: s.translation.fr }] : [])),
  ];

  it('gives every chapter speaker notes in both languages', () => {
    expect(chapters.filter((c) => !c.notes).map((c) => c.id)).toEqual([]);
  });

  it('translates every title, kicker, narration, note and action: the French is not the English copied', () => {
    for (const { where, text } of texts.filter((t) => /chapters\/.*\.(title|narration|notes|action)$/.test(t.where))) {
      expect(text.fr, where).not.toBe(text.en);
    }
  });

  it('says in which language each quote was spoken, and translates every quote into the other', () => {
    for (const speech of speeches) {
      expect(speech.lang, speech.id).toBe('en');
      expect(speech.translation?.fr?.trim() ?? '', `speeches/${speech.id}.translation.fr`).not.toBe('');
    }
  });

  it('writes French as French typography does: a narrow no-break space before : ; ? ! and inside « », curly apostrophes', () => {
    for (const { where, text } of french) {
      expect(text, `${where}: a space that is not narrow and no-break before : ; ? or !`).not.toMatch(/(?:^|[^\u202f])[:;?!]/);
      expect(text, `${where}: « » without narrow no-break spaces`).not.toMatch(/«(?!\u202f)|(?<!\u202f)»/);
      expect(text, `${where}: a straight apostrophe or quote mark`).not.toMatch(/['"]/);
    }
  });

  it('would catch French typography gone wrong', () => {
    const colon = /(?:^|[^\u202f])[:;?!]/;
    expect('Traduction : non').toMatch(colon);
    expect('Traduction: non').toMatch(colon);
    expect('Traduction\u202f: oui').not.toMatch(colon);
  });
});

describe('test/source-report.ts', () => {
  const seed = new URL('../../shared/seed/paris-2024-closing-ceremony.txt', import.meta.url);

  it.skipIf(!existsSync(seed))('is the source report word for word, where the shared folder is at hand', () => {
    expect(SOURCE_REPORT).toBe(readFileSync(seed, 'utf8'));
  });
});
