/**
 * The one schema for the story's content files in data/. Everything the app
 * shows comes through here, so a mistake in a file is caught at load with the
 * file, the path inside it and what was expected.
 */
import { z } from 'zod';
import { LANGS } from '../shared/i18n';

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lower-case id like "stade-de-france"');
const text = z.string().trim().min(1, 'expected some text');

const LANGUAGE_NAMES = { en: 'English', fr: 'French' } as const;

/**
 * Text a visitor or speaker reads, in both languages: { "en": "…", "fr": "…" }.
 * A missing or empty translation is reported at its own path ("….fr").
 */
export const localizedText = (maxLength = 2000) => {
  const inLanguage = (lang: keyof typeof LANGUAGE_NAMES) =>
    z
      .string({ error: `expected the ${LANGUAGE_NAMES[lang]} text` })
      .trim()
      .min(1, `expected the ${LANGUAGE_NAMES[lang]} text`)
      .max(maxLength, `expected at most ${maxLength} characters, so it reads from across a room`)
      .describe(`The ${LANGUAGE_NAMES[lang]} text (${maxLength} characters at most).`);
  return z.strictObject({ en: inLanguage('en'), fr: inLanguage('fr') }, { error: 'expected the text in both languages: { "en": "…", "fr": "…" }' });
};
export type LocalizedText = z.infer<ReturnType<typeof localizedText>>;

export const latLngSchema = z.tuple([
  z.number().min(-90, 'expected a latitude from -90 to 90').max(90, 'expected a latitude from -90 to 90'),
  z.number().min(-180, 'expected a longitude from -180 to 180').max(180, 'expected a longitude from -180 to 180'),
]);

const MODES = ['on-foot', 'torch', 'rope', 'motorcycle', 'flight', 'parachute', 'bicycle', 'running', 'skateboard', 'stage'] as const;
export const modeSchema = z
  .enum(MODES, { error: `expected a mode of travel: ${MODES.map((m) => `"${m}"`).join(', ')}` })
  .describe('A mode of travel, with its icon in the relay diagram.');
export type Mode = z.infer<typeof modeSchema>;

const placeSchema = z
  .strictObject({
    id: id.describe('The place\'s id, which chapters use in a route, an "at" or a view: lower case, words joined by hyphens.'),
    name: localizedText(80).describe('The name on the map; most are proper names, the same in both languages.'),
    at: latLngSchema.describe('[latitude, longitude] in WGS84 decimal degrees.'),
    labelSide: z
      .enum(['left', 'right', 'top', 'bottom'])
      .optional()
      .describe("Which side of the dot its name goes on: the side the flag's pin does not sweep. By default, towards the map's centre."),
    note: text.optional().describe('For the editors, never shown: where the coordinate comes from, or why it is an estimate.'),
  })
  .describe('A place on the map.');

// Without this, a view matching neither shape is reported only as "Invalid input".
const VIEW_EXPECTED = 'expected a view: { "fit": [place ids] or "journey", "maxZoom"?: 1-18 } or { "center": a place id, "zoom": 1-18 }';

const viewSchema = z
  .union(
    [
      z.strictObject({
        fit: z
          .union([z.array(id).min(1), z.literal('journey')])
          .describe('Fit the camera to these places (by id) and the chapter\'s leg, or "journey" for the whole journey.'),
        maxZoom: z.number().min(1).max(18).optional().describe('Never zoom closer than this while fitting (1 to 18).'),
      }),
      z.strictObject({
        center: id.describe('The place (by id) at the centre of the view.'),
        zoom: z.number().min(1).max(18).describe("The map's zoom: 4 shows an ocean, 10 a city, 14 a stadium."),
      }),
    ],
    { error: VIEW_EXPECTED },
  )
  .describe('The camera at rest: places to fit, or a centre and a zoom.');

const chapterSchema = z
  .strictObject({
    id: id.describe("The chapter's id, also its address (#/<id>): lower case, words joined by hyphens."),
    title: localizedText(120).describe("The chapter's title."),
    kicker: localizedText(80).describe('The small line above the title: where and when.'),
    narration: localizedText(420).describe("The chapter's text, in our own words, never the report's (420 characters at most)."),
    emblem: z.enum(['flag', 'flame']).default('flag').describe('What travels on the map in this chapter.'),
    relay: z
      .strictObject({
        carriers: z.array(text).min(1).describe('Who carries the flag in this step, by name.'),
        // Each mode once: the diagram and the leg facts key their icons by mode.
        modes: z
          .array(modeSchema)
          .min(1)
          .refine((modes) => new Set(modes).size === modes.length, 'expected each mode of travel once, in the order used')
          .describe('How the flag travels in this step, each mode once, in the order used.'),
        action: localizedText(60).describe('A short label for the relay diagram, e.g. "Accept the flag".'),
      })
      .optional()
      .describe("Present on the chapters that are steps of the flag's relay, in order: the relay diagram is built from them."),
    route: z
      .strictObject({
        via: z.array(id).min(2).describe('The places (by id) the leg passes through, in order.'),
        path: z.enum(['ground', 'great-circle']).describe('"ground" for a leg on land, "great-circle" for a flight.'),
      })
      .optional()
      .describe('The leg travelled in this chapter. Give either "route" or "at".'),
    at: id.optional().describe('Where the emblem rests (a place id) when the chapter has no route. Give either "route" or "at".'),
    view: viewSchema,
    dwellSeconds: z.number().min(4).max(600).describe('Seconds the chapter stays on screen in autoplay (4 to 600).'),
    travelSeconds: z.number().min(0.5).max(30).default(5).describe('Seconds the emblem takes to travel the route (0.5 to 30).'),
    note: text.optional().describe("For the editors, never shown: where the chapter's facts come from."),
    notes: localizedText().optional().describe('For the speaker, in the presenter view: what to point at, what comes next.'),
  })
  .refine((c) => (c.route === undefined) !== (c.at === undefined), {
    message: 'expected exactly one of "route" (a leg to travel) or "at" (a place to rest)',
  })
  .describe('A chapter of the story, in the order shown.');

const LANG_EXPECTED = `expected the language it was spoken in: ${LANGS.map((l) => `"${l}"`).join(' or ')}`;
const spokenLang = z.enum(LANGS, { error: LANG_EXPECTED });

const speechSchema = z
  .strictObject({
    id: id.describe("The excerpt's id: lower case, words joined by hyphens."),
    speaker: text.describe('Who spoke, by name, written once.'),
    role: localizedText(80).describe('The speaker\'s role, e.g. "Mayor of Los Angeles".'),
    text: z
      .string({ error: 'expected the words exactly as spoken, as one string (a translation goes in "translation")' })
      .trim()
      .min(1, 'expected some text')
      .max(300, 'expected at most 300 characters: split a longer passage into two excerpts')
      .describe("The speaker's exact words, in the language spoken, word for word as the source gives them: never translated here."),
    lang: spokenLang.describe('The language "text" was spoken in.'),
    translation: z
      .strictObject(
        { en: text.optional().describe('Our English translation.'), fr: text.optional().describe('Our French translation.') },
        { error: 'expected the translation by language: { "fr": "…" }' },
      )
      .optional()
      .describe('Our translation of "text" into the other language, shown as the main text when the show is in that language.'),
    lead: localizedText(120).optional().describe('Our own words introducing the excerpt, shown before it.'),
    chapter: id.describe('The chapter (by id) in which the excerpt is shown.'),
    source: text.describe('For the editors, never shown: where the words come from.'),
  })
  .describe('A speech excerpt, word for word.')
  .superRefine((speech, ctx) => {
    // A quote is shown in the words spoken; a "translation" into that same language would be a rewording.
    if (speech.translation?.[speech.lang] !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['translation', speech.lang],
        message: `expected no translation into "${speech.lang}", the language the quote was spoken in`,
      });
    }
  });

/** A name written on the map for orientation (a city, an ocean), shown between two zoom levels. */
const areaLabelSchema = z
  .strictObject({
    name: localizedText(80).describe('The name written on the map.'),
    at: latLngSchema.describe('Where it is written: [latitude, longitude].'),
    minZoom: z.number().min(0).max(18).describe('The farthest zoom at which it is written (0 to 18).'),
    maxZoom: z.number().min(0).max(18).describe('The closest zoom at which it is written (0 to 18).'),
  })
  .describe('A name written on the map for orientation: an ocean, a country, a city.');

/** Names the file's JSON Schema for editors (`"$schema": "./schema/chapters.schema.json"`); the app ignores it. */
const schemaLink = z.string().optional().describe('The JSON Schema that editors check this file against; the app ignores it.');

export const placesFileSchema = z
  .strictObject({
    $schema: schemaLink,
    places: z.array(placeSchema).min(1).describe('Every place the story uses.'),
    areas: z.array(areaLabelSchema).default([]).describe('Names written on the map for orientation.'),
  })
  .describe('places.json: the places of the story and the names on the map.');
export const chaptersFileSchema = z
  .strictObject({
    $schema: schemaLink,
    chapters: z.array(chapterSchema).min(1).describe('The chapters, in the order shown.'),
  })
  .describe('chapters.json: the chapters of the story, in order.');
export const speechesFileSchema = z
  .strictObject({
    $schema: schemaLink,
    speeches: z.array(speechSchema).describe('The speech excerpts, each shown in its chapter.'),
  })
  .describe('speeches.json: the speech excerpts of the evening, word for word.');

export type Place = z.infer<typeof placeSchema>;
export type AreaLabel = z.infer<typeof areaLabelSchema>;
export type Chapter = z.infer<typeof chapterSchema>;
export type Speech = z.infer<typeof speechSchema>;
export type View = z.infer<typeof viewSchema>;
