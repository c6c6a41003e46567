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
      .max(maxLength, `expected at most ${maxLength} characters, so it reads from across a room`);
  return z.strictObject(
    { en: inLanguage('en'), fr: inLanguage('fr') },
    { error: 'expected the text in both languages: { "en": "…", "fr": "…" }' },
  );
};
export type LocalizedText = z.infer<ReturnType<typeof localizedText>>;

export const latLngSchema = z.tuple([
  z.number().min(-90, 'expected a latitude from -90 to 90').max(90, 'expected a latitude from -90 to 90'),
  z.number().min(-180, 'expected a longitude from -180 to 180').max(180, 'expected a longitude from -180 to 180'),
]);

const MODES = ['on-foot', 'torch', 'rope', 'motorcycle', 'flight', 'parachute', 'bicycle', 'running', 'skateboard', 'stage'] as const;
export const modeSchema = z.enum(MODES, { error: `expected a mode of travel: ${MODES.map((m) => `"${m}"`).join(', ')}` });
export type Mode = z.infer<typeof modeSchema>;

const placeSchema = z.strictObject({
  id,
  /** The name on the map; most are proper names, the same in both languages. */
  name: localizedText(80),
  /** [lat, lng] in WGS84 decimal degrees. */
  at: latLngSchema,
  /** Which side of the dot its name goes on; by default the side facing the map's centre. */
  labelSide: z.enum(['left', 'right', 'top', 'bottom']).optional(),
  /** Where the coordinate comes from, or why it is an estimate. */
  note: text.optional(),
});

// Without this, a view matching neither shape is reported only as "Invalid input".
const VIEW_EXPECTED = 'expected a view: { "fit": [place ids] or "journey", "maxZoom"?: 1-18 } or { "center": a place id, "zoom": 1-18 }';

const viewSchema = z.union([
  z.strictObject({
    /** Fit the camera to these places (and the chapter's leg), or to the whole journey. */
    fit: z.union([z.array(id).min(1), z.literal('journey')]),
    /** Never zoom closer than this while fitting. */
    maxZoom: z.number().min(1).max(18).optional(),
  }),
  z.strictObject({ center: id, zoom: z.number().min(1).max(18) }),
], { error: VIEW_EXPECTED });

const chapterSchema = z
  .strictObject({
    id,
    title: localizedText(120),
    /** The small line above the title: where and when. */
    kicker: localizedText(80),
    /** Our own words, never the report's. */
    narration: localizedText(420),
    /** What travels on the map in this chapter. */
    emblem: z.enum(['flag', 'flame']).default('flag'),
    /** Present on the chapters that are steps of the flag's relay, in order. */
    relay: z
      .strictObject({
        carriers: z.array(text).min(1),
        // Each mode once: the diagram and the leg facts key their icons by mode.
        modes: z
          .array(modeSchema)
          .min(1)
          .refine((modes) => new Set(modes).size === modes.length, 'expected each mode of travel once, in the order used'),
        /** A short label for the diagram, e.g. "Accept the flag". */
        action: localizedText(60),
      })
      .optional(),
    /** The leg travelled in this chapter, through places by id. */
    route: z.strictObject({ via: z.array(id).min(2), path: z.enum(['ground', 'great-circle']) }).optional(),
    /** Where the emblem rests when the chapter has no route. */
    at: id.optional(),
    view: viewSchema,
    /** Seconds the chapter stays on screen in autoplay. */
    dwellSeconds: z.number().min(4).max(600),
    /** Seconds the emblem takes to travel the route. */
    travelSeconds: z.number().min(0.5).max(30).default(5),
    /** For the editors: where the chapter's facts come from. Never shown. */
    note: text.optional(),
    /** For the speaker, in the presenter view. */
    notes: localizedText().optional(),
  })
  .refine((c) => (c.route === undefined) !== (c.at === undefined), {
    message: 'expected exactly one of "route" (a leg to travel) or "at" (a place to rest)',
  });

const LANG_EXPECTED = `expected the language it was spoken in: ${LANGS.map((l) => `"${l}"`).join(' or ')}`;
const spokenLang = z.enum(LANGS, { error: LANG_EXPECTED });

const speechSchema = z.strictObject({
  id,
  speaker: text,
  role: localizedText(80),
  /** The speaker's exact words, in the language spoken: never translated here. */
  text: z
    .string({ error: 'expected the words exactly as spoken, as one string (a translation goes in "translation")' })
    .trim()
    .min(1, 'expected some text')
    .max(300, 'expected at most 300 characters: split a longer passage into two excerpts'),
  /** The language `text` was spoken in: the quote element carries it, and a translation is offered in the other. */
  lang: spokenLang,
  /** Our translation of `text`, shown below it (labelled as one) when the show is in that language. */
  translation: z
    .strictObject({ en: text.optional(), fr: text.optional() }, { error: 'expected the translation by language: { "fr": "…" }' })
    .optional(),
  /** Our own words introducing the excerpt, shown before it. */
  lead: localizedText(120).optional(),
  /** The chapter (by id) in which the excerpt is shown. */
  chapter: id,
  source: text,
}).superRefine((speech, ctx) => {
  // A quote is shown in the words spoken; a "translation" into that same language would be a rewording.
  if (speech.translation?.[speech.lang] !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['translation', speech.lang], message: `expected no translation into "${speech.lang}", the language the quote was spoken in` });
  }
});

/** A name written on the map for orientation (a city, an ocean), shown between two zoom levels. */
const areaLabelSchema = z.strictObject({
  name: localizedText(80),
  at: latLngSchema,
  minZoom: z.number().min(0).max(18),
  maxZoom: z.number().min(0).max(18),
});

export const placesFileSchema = z.strictObject({
  places: z.array(placeSchema).min(1),
  areas: z.array(areaLabelSchema).default([]),
});
export const chaptersFileSchema = z.strictObject({ chapters: z.array(chapterSchema).min(1) });
export const speechesFileSchema = z.strictObject({ speeches: z.array(speechSchema) });

export type Place = z.infer<typeof placeSchema>;
export type AreaLabel = z.infer<typeof areaLabelSchema>;
export type Chapter = z.infer<typeof chapterSchema>;
export type Speech = z.infer<typeof speechSchema>;
export type View = z.infer<typeof viewSchema>;
