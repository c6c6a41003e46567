import { describe, expect, it } from 'vitest';
import { fixtureSources } from './story-fixture.test-support';
import { describeProblem, formatPath, parseContent, type ContentFile, type ContentProblem } from './content';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests edit raw JSON, the parser's input, at any depth
type Json = Record<string, any>;

/** The fixture story (story-fixture.test-support.ts) with one file changed by `edit`. */
function withEdit(file: ContentFile, edit: (json: Json) => void) {
  const sources = fixtureSources();
  const json = JSON.parse(sources[file]) as Json;
  edit(json);
  return { ...sources, [file]: JSON.stringify(json, null, 2) };
}

function problemsOf(sources: Record<ContentFile, string>): ContentProblem[] {
  const result = parseContent(sources);
  if (result.ok) throw new Error('expected the content to be rejected');
  return result.problems;
}

/** The only problem found, which must be in `file` at `path`. */
function onlyProblem(sources: Record<ContentFile, string>): ContentProblem {
  const problems = problemsOf(sources);
  expect(problems).toHaveLength(1);
  return problems[0]!;
}

const chapterIndex = (id: string) => (JSON.parse(fixtureSources()['chapters.json']) as Json).chapters.findIndex((c: Json) => c.id === id) as number;

describe('parseContent: a valid story', () => {
  it('accepts it, every file', () => {
    const result = parseContent(fixtureSources());
    expect(result.ok ? result.content.chapters.map((c) => c.id) : result.problems).toEqual([
      'overview',
      'flame',
      'parade',
      'handover',
      'cruise',
      'atlantic',
      'johnson',
      'concert',
      'next',
    ]);
  });

  it('fills in the defaults: a chapter carries the flag and travels for 5 s unless it says otherwise', () => {
    const result = parseContent(fixtureSources());
    if (!result.ok) throw new Error('fixture rejected');
    const byId = new Map(result.content.chapters.map((c) => [c.id, c]));
    expect(byId.get('cruise')).toMatchObject({ emblem: 'flag', travelSeconds: 5 });
    expect(byId.get('flame')).toMatchObject({ emblem: 'flame', travelSeconds: 6 });
  });
});

describe('parseContent: a file that is not JSON', () => {
  it('names the file and says valid JSON was expected', () => {
    const sources = { ...fixtureSources(), 'places.json': '{ "places": [ { "id": "x", }, ] }' };
    const problem = onlyProblem(sources);
    expect(problem.file).toBe('places.json');
    expect(problem.path).toBe('');
    expect(problem.message).toMatch(/^expected valid JSON/);
  });

  it('an empty file is reported too', () => {
    const problem = onlyProblem({ ...fixtureSources(), 'speeches.json': '' });
    expect(problem).toMatchObject({ file: 'speeches.json', path: '' });
    expect(problem.message).toMatch(/expected valid JSON/);
  });

  it('reports broken files together, so one load shows every problem', () => {
    const sources = withEdit('chapters.json', (j) => delete j.chapters[0].title);
    sources['places.json'] = '{';
    expect(
      problemsOf(sources)
        .map((p) => p.file)
        .sort(),
    ).toEqual(['chapters.json', 'places.json']);
  });
});

describe('parseContent: schema problems', () => {
  it('a missing title is reported at chapters[2].title as text expected in both languages', () => {
    const problem = onlyProblem(withEdit('chapters.json', (j) => delete j.chapters[2].title));
    expect(problem).toMatchObject({ file: 'chapters.json', path: 'chapters[2].title' });
    expect(problem.message).toMatch(/expected the text in both languages/);
  });

  it('dwellSeconds written as a string is reported as an expected number', () => {
    const problem = onlyProblem(withEdit('chapters.json', (j) => (j.chapters[0].dwellSeconds = '12')));
    expect(problem).toMatchObject({ file: 'chapters.json', path: 'chapters[0].dwellSeconds' });
    expect(problem.message).toMatch(/expected number/);
  });

  it('a dwell too short to read is reported with the minimum', () => {
    const problem = onlyProblem(withEdit('chapters.json', (j) => (j.chapters[1].dwellSeconds = 1)));
    expect(problem).toMatchObject({ file: 'chapters.json', path: 'chapters[1].dwellSeconds' });
    expect(problem.message).toMatch(/4/);
  });

  it('a latitude out of range is reported at places[0].at[0]', () => {
    const problem = onlyProblem(withEdit('places.json', (j) => (j.places[0].at = [91, 2.36014])));
    expect(problem).toMatchObject({ file: 'places.json', path: 'places[0].at[0]' });
    expect(problem.message).toBe('expected a latitude from -90 to 90');
  });

  it('a longitude out of range is reported at places[i].at[1]', () => {
    const problem = onlyProblem(withEdit('places.json', (j) => (j.places[3].at = [34, -218.3])));
    expect(problem).toMatchObject({ file: 'places.json', path: 'places[3].at[1]' });
    expect(problem.message).toBe('expected a longitude from -180 to 180');
  });

  it('lat and lng as an object instead of a pair is reported at the place', () => {
    const problem = onlyProblem(withEdit('places.json', (j) => (j.places[1].at = { lat: 48.8, lng: 2.1 })));
    expect(problem).toMatchObject({ file: 'places.json', path: 'places[1].at' });
    expect(problem.message).toMatch(/expected tuple|expected array/);
  });

  it('an id with capitals or spaces is reported with an example of a good id', () => {
    const problem = onlyProblem(withEdit('places.json', (j) => (j.places[2].id = 'Jardin des Tuileries')));
    expect(problem).toMatchObject({ file: 'places.json', path: 'places[2].id' });
    expect(problem.message).toContain('expected a lower-case id');
  });

  it('a blank speaker is reported as expected text', () => {
    const problem = onlyProblem(withEdit('speeches.json', (j) => (j.speeches[3].speaker = '   ')));
    expect(problem).toMatchObject({ file: 'speeches.json', path: 'speeches[3].speaker' });
    expect(problem.message).toBe('expected some text');
  });

  it('narration too long to read across a room is reported with the limit', () => {
    const problem = onlyProblem(withEdit('chapters.json', (j) => (j.chapters[4].narration.fr = 'mot '.repeat(110))));
    expect(problem).toMatchObject({ file: 'chapters.json', path: 'chapters[4].narration.fr' });
    expect(problem.message).toMatch(/at most 420 characters/);
  });

  it('an unknown relay mode is reported with the modes there are', () => {
    const i = chapterIndex('johnson');
    const problem = onlyProblem(withEdit('chapters.json', (j) => (j.chapters[i].relay.modes = ['jogging'])));
    expect(problem).toMatchObject({ file: 'chapters.json', path: `chapters[${i}].relay.modes[0]` });
    expect(problem.message).toContain('running');
    expect(problem.message).toMatch(/^expected a mode of travel: .*"parachute"/);
  });

  it('a relay that lists the same mode twice is reported, not left to break the screen', () => {
    const i = chapterIndex('cruise');
    const problem = onlyProblem(withEdit('chapters.json', (j) => (j.chapters[i].relay.modes = ['motorcycle', 'motorcycle'])));
    expect(problem).toMatchObject({ file: 'chapters.json', path: `chapters[${i}].relay.modes` });
    expect(problem.message).toBe('expected each mode of travel once, in the order used');
  });

  it('a chapter with both a route and an "at" is reported at the chapter', () => {
    const i = chapterIndex('cruise');
    const problem = onlyProblem(withEdit('chapters.json', (j) => (j.chapters[i].at = 'stade-de-france')));
    expect(problem).toMatchObject({ file: 'chapters.json', path: `chapters[${i}]` });
    expect(problem.message).toMatch(/expected exactly one of "route".*"at"/);
  });

  it('a chapter with neither a route nor an "at" is reported at the chapter', () => {
    const problem = onlyProblem(withEdit('chapters.json', (j) => delete j.chapters[2].at));
    expect(problem).toMatchObject({ file: 'chapters.json', path: 'chapters[2]' });
    expect(problem.message).toMatch(/expected exactly one of "route".*"at"/);
  });

  it('an unknown extra field is reported at its object, naming the field (objects are strict)', () => {
    const problem = onlyProblem(withEdit('chapters.json', (j) => (j.chapters[1].colour = 'gold')));
    expect(problem).toMatchObject({ file: 'chapters.json', path: 'chapters[1]' });
    expect(problem.message).toContain('"colour"');
  });

  it('a misspelt field in a place is caught rather than ignored', () => {
    const problems = problemsOf(
      withEdit('places.json', (j) => {
        j.places[0].notes = j.places[0].note;
        delete j.places[0].note;
      }),
    );
    expect(problems).toContainEqual(expect.objectContaining({ file: 'places.json', path: 'places[0]', message: expect.stringContaining('"notes"') }));
  });

  it('a view with neither a fit nor a complete center says which shapes are expected', () => {
    const problem = onlyProblem(withEdit('chapters.json', (j) => (j.chapters[2].view = { center: 'stade-de-france' })));
    expect(problem).toMatchObject({ file: 'chapters.json', path: 'chapters[2].view' });
    expect(problem.message).toContain('"fit"');
    expect(problem.message).toContain('"center"');
    expect(problem.message).toContain('"zoom"');
  });
});

describe('parseContent: references between the files', () => {
  it('an unknown place in a route is reported at chapters[i].route.via[j]', () => {
    const i = chapterIndex('cruise');
    const problem = onlyProblem(withEdit('chapters.json', (j) => (j.chapters[i].route.via[1] = 'le-borget')));
    expect(problem).toMatchObject({ file: 'chapters.json', path: `chapters[${i}].route.via[1]` });
    expect(problem.message).toBe('expected a place id from places.json, got "le-borget"');
  });

  it('an unknown place for a resting chapter is reported at chapters[i].at', () => {
    const problem = onlyProblem(withEdit('chapters.json', (j) => (j.chapters[0].at = 'eiffel-tower')));
    expect(problem).toMatchObject({ file: 'chapters.json', path: 'chapters[0].at' });
    expect(problem.message).toContain('"eiffel-tower"');
  });

  it('an unknown place in a view is reported at view.fit[j] or view.center', () => {
    const i = chapterIndex('atlantic');
    const fit = onlyProblem(withEdit('chapters.json', (j) => (j.chapters[i].view.fit[1] = 'lax')));
    expect(fit).toMatchObject({ file: 'chapters.json', path: `chapters[${i}].view.fit[1]` });
    const center = onlyProblem(withEdit('chapters.json', (j) => (j.chapters[2].view.center = 'saint-denis')));
    expect(center).toMatchObject({ file: 'chapters.json', path: 'chapters[2].view.center' });
    expect(center.message).toContain('expected a place id from places.json');
  });

  it('a place that was renamed is reported wherever it is still used', () => {
    const problems = problemsOf(withEdit('places.json', (j) => (j.places.find((p: Json) => p.id === 'le-bourget').id = 'cdg')));
    const cruise = chapterIndex('cruise');
    const atlantic = chapterIndex('atlantic');
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining([`chapters[${cruise}].route.via[1]`, `chapters[${atlantic}].route.via[0]`, `chapters[${atlantic}].view.fit[0]`]),
    );
  });

  it('a speech pointing at an unknown chapter is reported at speeches[i].chapter', () => {
    const problem = onlyProblem(withEdit('speeches.json', (j) => (j.speeches[0].chapter = 'bach-speech')));
    expect(problem).toMatchObject({ file: 'speeches.json', path: 'speeches[0].chapter' });
    expect(problem.message).toBe('expected a chapter id from chapters.json, got "bach-speech"');
  });
});

describe('parseContent: duplicate ids', () => {
  it('a place id used twice is reported at the second one', () => {
    const count = (JSON.parse(fixtureSources()['places.json']) as Json).places.length as number;
    const problem = onlyProblem(withEdit('places.json', (j) => j.places.push({ ...j.places[0], name: { en: 'Stadium', fr: 'Stade' } })));
    expect(problem).toMatchObject({ file: 'places.json', path: `places[${count}].id` });
    expect(problem.message).toBe('expected a unique id, but "stade-de-france" is used twice');
  });

  it('a chapter id used twice is reported at the second one', () => {
    const problem = onlyProblem(withEdit('chapters.json', (j) => (j.chapters[7].id = j.chapters[6].id)));
    expect(problem).toMatchObject({ file: 'chapters.json', path: 'chapters[7].id' });
    expect(problem.message).toMatch(/expected a unique id/);
  });

  it('a speech id used twice is reported at the second one', () => {
    const problem = onlyProblem(withEdit('speeches.json', (j) => (j.speeches[2].id = j.speeches[1].id)));
    expect(problem).toMatchObject({ file: 'speeches.json', path: 'speeches[2].id' });
    expect(problem.message).toMatch(/expected a unique id/);
  });
});

describe('describeProblem', () => {
  it('reads as file, path and message', () => {
    expect(describeProblem({ file: 'chapters.json', path: 'chapters[2].title', message: 'expected some text' })).toBe(
      'data/chapters.json at chapters[2].title: expected some text',
    );
  });

  it('leaves out the path for a problem with the whole file', () => {
    expect(describeProblem({ file: 'places.json', path: '', message: 'expected valid JSON' })).toBe('data/places.json: expected valid JSON');
  });

  it('describes a real problem from parseContent', () => {
    const problem = onlyProblem(withEdit('chapters.json', (j) => delete j.chapters[2].title));
    expect(describeProblem(problem)).toMatch(/^data\/chapters\.json at chapters\[2\]\.title: expected the text in both languages/);
  });
});

describe('formatPath', () => {
  it('writes indexes in brackets and keys after dots', () => {
    expect(formatPath(['chapters', 3, 'route', 'via', 1])).toBe('chapters[3].route.via[1]');
    expect(formatPath(['places', 0, 'at', 0])).toBe('places[0].at[0]');
  });

  it('is empty for the whole file', () => {
    expect(formatPath([])).toBe('');
  });
});

describe('parseContent: map names for orientation', () => {
  it('accepts a places file without areas, as an empty list', () => {
    const result = parseContent(withEdit('places.json', (json) => delete json.areas));
    expect(result.ok && result.content.areas).toEqual([]);
  });

  it('names a zoom given as text in an area label', () => {
    const problem = onlyProblem(withEdit('places.json', (json) => (json.areas[0].minZoom = 'far')));
    expect(problem).toMatchObject({ file: 'places.json', path: 'areas[0].minZoom' });
    expect(problem.message).toMatch(/expected number/);
  });
});

describe('parseContent: speeches', () => {
  it('an excerpt too long to read from across a room is refused, with the limit', () => {
    const problem = onlyProblem(withEdit('speeches.json', (j) => (j.speeches[0].text = 'word '.repeat(61).trim())));
    expect(problem).toMatchObject({ file: 'speeches.json', path: 'speeches[0].text' });
    expect(problem.message).toMatch(/at most 300 characters/);
  });
});

describe('parseContent: text in both languages', () => {
  it('speaker notes without their French are reported at notes.fr', () => {
    const problem = onlyProblem(withEdit('chapters.json', (j) => (j.chapters[1].notes = { en: 'Pause here.' })));
    expect(problem).toMatchObject({ file: 'chapters.json', path: 'chapters[1].notes.fr', message: 'expected the French text' });
  });
});
