import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, flagsFromSearch, parseFlags, resolveSettings } from './config';

describe('parseFlags', () => {
  it('with no flags starts a fullscreen kiosk, not autoplaying, idle after 60 s, with the bundled content', () => {
    expect(parseFlags([])).toMatchObject({
      settings: {
        kiosk: true,
        autoplay: false,
        idleSeconds: 60,
        content: null,
        display: 'primary',
        lang: 'en',
        openingHours: null,
        presenter: false,
        sync: false,
        operatorChord: 'Ctrl+Shift+Q',
      },
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
    expect(parseFlags(['--data=/srv/handover']).settings.content).toBe('/srv/handover');
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

  it("--status=DIR names the status files' folder; without a folder it is reported and the logs folder stays", () => {
    expect(parseFlags(['--status=/var/lib/handover']).settings.statusDir).toBe('/var/lib/handover');
    const { settings, problems } = parseFlags(['--status=']);
    expect(settings.statusDir).toBeNull();
    expect(problems).toEqual(['--status: expected a folder (got ""); using null']);
    const fromFile = resolveSettings([], { file: 'handover.json', text: '{ "statusDir": 7 }' });
    expect(fromFile.problems).toEqual(['handover.json › statusDir: expected a folder (got 7); using null']);
  });

  it('--data without a folder is reported and the bundled content is used', () => {
    const { settings, problems } = parseFlags(['--data']);
    expect(settings.content).toBeNull();
    expect(problems[0]).toContain('--data');
  });

  it('ignores Chromium, Electron and Playwright flags silently', () => {
    const result = parseFlags(['--inspect=0', '--no-sandbox', '--remote-debugging-port=0', '--disable-gpu', '--enable-logging', '--user-data-dir=/tmp/x']);
    expect(result).toMatchObject({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('ignores arguments that are not flags (the app path Electron passes)', () => {
    expect(parseFlags(['/opt/handover/resources/app.asar', '.'])).toMatchObject({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('does not change the defaults it starts from', () => {
    parseFlags(['--windowed', '--autoplay', '--idle=30']);
    expect(DEFAULT_SETTINGS).toMatchObject({ kiosk: true, autoplay: false, idleSeconds: 60, content: null });
  });
});

describe('resolveSettings: defaults, then the config file, then flags', () => {
  const file = '/home/kiosk/.config/handover/handover.json';
  const config = (json: unknown) => ({ file, text: JSON.stringify(json) });

  it('a config file sets what it names, flags win over it, and each value says where it came from', () => {
    const { settings, sources, problems } = resolveSettings(
      ['--idle=90'],
      config({ autoplay: true, idleSeconds: 30, display: 2, openingHours: '09:00-18:00' }),
    );
    expect(problems).toEqual([]);
    expect(settings).toMatchObject({ autoplay: true, idleSeconds: 90, display: 2, openingHours: '09:00-18:00', kiosk: true });
    expect(sources).toMatchObject({ autoplay: 'config file', idleSeconds: 'flag', display: 'config file', kiosk: 'default' });
  });

  it('an unknown key and a bad value are each named with the file and what was expected; the rest still applies', () => {
    const { settings, problems } = resolveSettings([], config({ autoplya: true, idleSeconds: 2, openingHours: '9 to 5', autoplay: true }));
    expect(settings).toMatchObject({ autoplay: true, idleSeconds: 60, openingHours: null });
    expect(problems).toEqual([
      `${file} › autoplya: unknown setting; the settings are kiosk, display, autoplay, idleSeconds, content, lang, openingHours, presenter, sync, operatorChord, part, parts, statusDir`,
      `${file} › idleSeconds: expected a whole number of seconds from 5 to 3600 (got 2); using 60`,
      `${file} › openingHours: expected opening hours as "HH:MM-HH:MM", for example "09:00-18:00" (got "9 to 5"); using null`,
    ]);
  });

  it('a file that is not JSON, or not an object, is named and the defaults are used', () => {
    expect(resolveSettings([], { file, text: '{ autoplay: true' }).problems[0]).toMatch(new RegExp(`^${file}: not valid JSON`));
    expect(resolveSettings([], config([1, 2])).problems[0]).toBe(
      `${file}: expected an object of settings, as { "autoplay": true }; using the defaults and flags`,
    );
  });

  it("a bad flag keeps the config file's value, not the default", () => {
    const { settings, problems } = resolveSettings(['--idle=soon'], config({ idleSeconds: 120 }));
    expect(settings.idleSeconds).toBe(120);
    expect(problems[0]).toContain('using 120');
  });

  it('--sync, ?sync and "sync": true keep the attract loop in step by the clock; off by default; a bad value is named', () => {
    expect(DEFAULT_SETTINGS.sync).toBe(false);
    expect(parseFlags(['--sync']).settings.sync).toBe(true);
    expect(parseFlags(flagsFromSearch('?sync')).settings.sync).toBe(true);
    expect(resolveSettings([], { file: 'handover.json', text: '{ "sync": true }' }).settings.sync).toBe(true);
    const bad = resolveSettings(['--sync=yes'], { file: 'handover.json', text: '{ "sync": "on" }' });
    expect(bad.settings.sync).toBe(false);
    expect(bad.problems).toEqual(['handover.json › sync: expected true or false (got "on"); using false', '--sync takes no value (got "yes"); it was ignored']);
  });

  it('--presenter, ?presenter and "presenter": true ask for the presenter view; it is off by default', () => {
    expect(DEFAULT_SETTINGS.presenter).toBe(false);
    expect(parseFlags(['--presenter']).settings.presenter).toBe(true);
    expect(parseFlags(flagsFromSearch('?presenter')).settings.presenter).toBe(true);
    expect(resolveSettings([], { file: 'handover.json', text: '{ "presenter": true }' }).settings.presenter).toBe(true);
  });

  it('--display and --opening-hours are checked by the same schema as the file', () => {
    expect(parseFlags(['--display=2', '--opening-hours=10:00-19:30']).settings).toMatchObject({ display: 2, openingHours: '10:00-19:30' });
    expect(parseFlags(['--display=0']).problems[0]).toBe('--display: expected "primary" or a monitor number from 1 to 16 (got "0"); using "primary"');
  });

  it('a config file may set the operator chord; a chord without Ctrl or Alt is refused', () => {
    expect(resolveSettings([], config({ operatorChord: 'Ctrl+Alt+F10' })).settings.operatorChord).toBe('Ctrl+Alt+F10');
    expect(resolveSettings([], config({ operatorChord: 'Q' })).problems[0]).toContain('expected a chord with Ctrl or Alt');
  });

  it('a config file or --lang sets the start language; a language the show does not have is named with what was expected', () => {
    expect(resolveSettings([], config({ lang: 'fr' })).settings.lang).toBe('fr');
    expect(resolveSettings(['--lang=en'], config({ lang: 'fr' }))).toMatchObject({ settings: { lang: 'en' }, sources: { lang: 'flag' } });
    expect(parseFlags(['--lang=de'])).toMatchObject({
      settings: { lang: 'en' },
      problems: ['--lang: expected a language: "en" or "fr" (English or French) (got "de"); using "en"'],
    });
    expect(resolveSettings([], config({ lang: 'French' })).problems).toEqual([
      `${file} › lang: expected a language: "en" or "fr" (English or French) (got "French"); using "en"`,
    ]);
  });

  it("--config and --help are the launcher's, not reported as unknown", () => {
    expect(parseFlags(['--config=/etc/handover.json', '--help']).problems).toEqual([]);
  });
});

describe('flagsFromSearch', () => {
  it('reads ?autoplay&idle=30 as --autoplay --idle=30', () => {
    expect(flagsFromSearch('?autoplay&idle=30')).toEqual(['--autoplay', '--idle=30']);
  });

  it('never takes a data folder from a URL', () => {
    expect(flagsFromSearch('?data=/etc&autoplay')).toEqual(['--autoplay']);
  });

  it('never takes a status folder from a URL', () => {
    expect(flagsFromSearch('?status=/etc&autoplay')).toEqual(['--autoplay']);
  });

  it('reads ?lang=fr as --lang=fr, so a browser can start the show in French', () => {
    expect(parseFlags(flagsFromSearch('?lang=fr')).settings.lang).toBe('fr');
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
