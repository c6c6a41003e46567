import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandLineFlags, readSettings } from './settings';

const userData = () => mkdtempSync(join(tmpdir(), 'handover-user-data-'));

describe('commandLineFlags', () => {
  it('skips the executable and the app path when run unpackaged', () => {
    expect(commandLineFlags(['/x/electron', '.', '--windowed', '--idle=30'], false)).toEqual(['--windowed', '--idle=30']);
  });

  it('keeps flags that Playwright puts before the app path', () => {
    expect(commandLineFlags(['electron', '--inspect=0', '--remote-debugging-port=0', '.', '--autoplay'], false)).toEqual([
      '--inspect=0',
      '--remote-debugging-port=0',
      '--autoplay',
    ]);
  });

  it('skips only the executable when packaged', () => {
    expect(commandLineFlags(['C:/Handover/Handover.exe', '--autoplay'], true)).toEqual(['--autoplay']);
  });
});

describe('readSettings', () => {
  it('reads --windowed and --data from the command line', () => {
    const { settings, problems } = readSettings(['electron', '.', '--windowed', '--data=/content'], false, userData());
    expect(settings).toMatchObject({ kiosk: false, content: '/content' });
    expect(problems).toEqual([]);
  });

  it('reports a bad flag and keeps the default, ignoring foreign switches', () => {
    const { settings, problems } = readSettings(['electron', '--inspect=0', '.', '--idle=2'], false, userData());
    expect(settings.idleSeconds).toBe(60);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('--idle');
  });

  it('reads handover.json from the user-data folder when there is one, flags winning', () => {
    const dir = userData();
    writeFileSync(join(dir, 'handover.json'), JSON.stringify({ autoplay: true, idleSeconds: 45 }));
    const { settings, sources, problems, configFile } = readSettings(['electron', '.', '--idle=30'], false, dir);
    expect(problems).toEqual([]);
    expect(configFile).toBe(join(dir, 'handover.json'));
    expect(settings).toMatchObject({ autoplay: true, idleSeconds: 30 });
    expect(sources).toMatchObject({ autoplay: 'config file', idleSeconds: 'flag' });
  });

  it('without a config file, starts on the defaults and says nothing', () => {
    expect(readSettings(['electron', '.'], false, userData()).problems).toEqual([]);
  });

  it('a --config file that is missing is named, and the app still starts', () => {
    const missing = join(userData(), 'nope.json');
    const { settings, problems } = readSettings(['electron', '.', `--config=${missing}`, '--autoplay'], false, userData());
    expect(settings.autoplay).toBe(true);
    expect(problems[0]).toMatch(new RegExp(`^${missing}: cannot read the config file`));
  });

  it('a malformed config file is named with what was expected', () => {
    const dir = userData();
    writeFileSync(join(dir, 'handover.json'), '{ "autoplay": tru');
    expect(readSettings(['electron', '.'], false, dir).problems[0]).toMatch(/handover\.json: not valid JSON/);
  });

  it('the example config in resources/ is valid and sets what it says', () => {
    const example = join(import.meta.dirname, '../../resources/handover.example.json');
    const { settings, problems } = readSettings(['electron', '.', `--config=${example}`], false, userData());
    expect(problems).toEqual([]);
    expect(settings).toMatchObject({ autoplay: true, idleSeconds: 90, openingHours: '09:30-18:00' });
  });
});
