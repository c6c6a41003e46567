import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, flagsFromSearch, parseFlags, resolveSettings } from './config';
import { partSearch, windowPart } from './parts';

describe('the part and parts settings', () => {
  it('a window shows all of the show, alone, unless told otherwise', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({ part: 'all', parts: [] });
  });

  it('--part=story and --parts=map,story,diagram are read; a config file may set both', () => {
    expect(parseFlags(['--part=story', '--parts=map,story,diagram'])).toMatchObject({
      settings: { part: 'story', parts: ['map', 'story', 'diagram'] },
      problems: [],
    });
    const config = { file: 'handover.json', text: '{ "part": "map", "parts": ["map", "diagram"] }' };
    expect(resolveSettings([], config)).toMatchObject({ settings: { part: 'map', parts: ['map', 'diagram'] }, problems: [] });
  });

  it('a part the show does not have is named with the flag or file and what was expected, and the window shows all', () => {
    const { settings, problems } = parseFlags(['--part=quotes', '--parts=map,,diagram']);
    expect(settings).toMatchObject({ part: 'all', parts: [] });
    expect(problems).toEqual([
      '--part: expected a part of the show: "all", "map", "story", "diagram" (got "quotes"); using "all"',
      '--parts: expected parts of the show, one per display, from "all", "map", "story", "diagram", as "map,story,diagram" (got "map,,diagram"); using []',
    ]);
    const config = resolveSettings([], { file: 'handover.json', text: '{ "parts": "map" }' });
    expect(config.problems).toEqual([
      'handover.json › parts: expected parts of the show, one per display, from "all", "map", "story", "diagram", as "map,story,diagram" (got "map"); using []',
    ]);
  });

  it('?part=map in a browser reads as --part=map', () => {
    expect(flagsFromSearch(partSearch('map'))).toEqual(['--part=map']);
  });
});

describe('windowPart: which window leads the show, and what each shows', () => {
  const settings = (flags: string[]) => parseFlags(flags).settings;

  it('a window with no part leads and shows all of it', () => {
    expect(windowPart(settings([]), '')).toEqual({ part: 'all', leads: true });
    expect(windowPart(settings(['--part=all']), '?part=all')).toEqual({ part: 'all', leads: true });
  });

  it('a page opened for one part follows the leading one', () => {
    expect(windowPart(settings(['--part=story']), '?part=story&windowed')).toEqual({ part: 'story', leads: false });
  });

  it('a page or window given the parts leads, showing the first', () => {
    expect(windowPart(settings(['--parts=map,story,diagram']), '?parts=map,story,diagram')).toEqual({ part: 'map', leads: true });
    // Electron: the leading window's address has no parameters; its settings come from main.
    expect(windowPart(settings(['--parts=diagram,map']), '')).toEqual({ part: 'diagram', leads: true });
  });

  it('an Electron window started with --part=map alone leads (one PC per part, kept together by the clock)', () => {
    expect(windowPart(settings(['--part=map']), '')).toEqual({ part: 'map', leads: true });
  });
});
