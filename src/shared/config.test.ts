import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, flagsFromSearch, parseFlags } from './config';

describe('parseFlags', () => {
  it('with no flags starts a fullscreen kiosk, not autoplaying, idle after 60 s, with the bundled content', () => {
    expect(parseFlags([])).toEqual({
      settings: { kiosk: true, autoplay: false, idleSeconds: 60, dataDir: null },
      problems: [],
    });
  });

  it('--windowed opens a normal window', () => {
    const { settings, problems } = parseFlags(['--windowed']);
    expect(settings.kiosk).toBe(false);
    expect(problems).toEqual([]);
  });

  it('--kiosk after --windowed brings the kiosk back (the last one wins)', () => {
    expect(parseFlags(['--windowed', '--kiosk']).settings.kiosk).toBe(true);
  });

  it('--autoplay starts in autoplay', () => {
    expect(parseFlags(['--autoplay']).settings.autoplay).toBe(true);
  });

  it('--idle=30 waits 30 seconds', () => {
    const { settings, problems } = parseFlags(['--idle=30']);
    expect(settings.idleSeconds).toBe(30);
    expect(problems).toEqual([]);
  });

  it('--data=FOLDER uses that folder’s content', () => {
    expect(parseFlags(['--data=/srv/handover']).settings.dataDir).toBe('/srv/handover');
  });

  it.each([
    ['--idle=abc', '"abc"'],
    ['--idle=2', '"2"'],
    ['--idle=99999', '"99999"'],
    ['--idle=30.5', '"30.5"'],
    ['--idle=', '""'],
    ['--idle', 'nothing'],
  ])('%s is reported, naming --idle, the range and what it got, and 60 is kept', (flag, got) => {
    const { settings, problems } = parseFlags([flag]);
    expect(settings.idleSeconds).toBe(60);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('--idle');
    expect(problems[0]).toContain('5 to 3600');
    expect(problems[0]).toContain(got);
  });

  it('a bad flag does not stop the good ones', () => {
    const { settings, problems } = parseFlags(['--idle=abc', '--autoplay', '--windowed']);
    expect(settings).toMatchObject({ autoplay: true, kiosk: false, idleSeconds: 60 });
    expect(problems).toHaveLength(1);
  });

  it('an unknown flag is named in the problem, with the flags there are', () => {
    const { settings, problems } = parseFlags(['--autoply']);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('--autoply');
    expect(problems[0]).toContain('--autoplay');
  });

  it('a switch given a value is reported and ignored', () => {
    const { settings, problems } = parseFlags(['--autoplay=no']);
    expect(settings.autoplay).toBe(false);
    expect(problems[0]).toContain('--autoplay');
  });

  it('--data without a folder is reported and the bundled content is used', () => {
    const { settings, problems } = parseFlags(['--data']);
    expect(settings.dataDir).toBeNull();
    expect(problems[0]).toContain('--data');
  });

  it('ignores Chromium, Electron and Playwright flags silently', () => {
    const result = parseFlags([
      '--inspect=0',
      '--no-sandbox',
      '--remote-debugging-port=0',
      '--disable-gpu',
      '--enable-logging',
      '--user-data-dir=/tmp/x',
    ]);
    expect(result).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('ignores arguments that are not flags (the app path Electron passes)', () => {
    expect(parseFlags(['/opt/handover/resources/app.asar', '.'])).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('does not change the defaults it starts from', () => {
    parseFlags(['--windowed', '--autoplay', '--idle=30']);
    expect(DEFAULT_SETTINGS).toEqual({ kiosk: true, autoplay: false, idleSeconds: 60, dataDir: null });
  });
});

describe('flagsFromSearch', () => {
  it('reads ?autoplay&idle=30 as --autoplay --idle=30', () => {
    expect(flagsFromSearch('?autoplay&idle=30')).toEqual(['--autoplay', '--idle=30']);
  });

  it('never takes a data folder from a URL', () => {
    expect(flagsFromSearch('?data=/etc&autoplay')).toEqual(['--autoplay']);
  });

  it('gives no flags for an empty search', () => {
    expect(flagsFromSearch('')).toEqual([]);
  });

  it('passes bad values on, so they are reported like flags', () => {
    const { settings, problems } = parseFlags(flagsFromSearch('?windowed&idle=abc'));
    expect(settings.kiosk).toBe(false);
    expect(settings.idleSeconds).toBe(60);
    expect(problems[0]).toContain('--idle');
  });
});
