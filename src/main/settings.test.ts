import { describe, expect, it } from 'vitest';
import { commandLineFlags, readSettings } from './settings';

describe('commandLineFlags', () => {
  it('skips the executable and the app path when run unpackaged', () => {
    expect(commandLineFlags(['/x/electron', '.', '--windowed', '--idle=30'], false)).toEqual(['--windowed', '--idle=30']);
  });

  it("keeps flags that Playwright puts before the app path", () => {
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
    const { settings, problems } = readSettings(['electron', '.', '--windowed', '--data=/content'], false);
    expect(settings).toMatchObject({ kiosk: false, dataDir: '/content' });
    expect(problems).toEqual([]);
  });

  it('reports a bad flag and keeps the default, ignoring foreign switches', () => {
    const { settings, problems } = readSettings(['electron', '--inspect=0', '.', '--idle=2'], false);
    expect(settings.idleSeconds).toBe(60);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('--idle');
  });
});
