import { describe, expect, it } from 'vitest';
import { ExportError, parseExportArgs, parseSize } from './options.mjs';

describe('npm run export: its flags', () => {
  it('takes --pdf FILE with its defaults, the file made absolute', () => {
    expect(parseExportArgs(['--pdf', 'handout.pdf'])).toMatchObject({
      kind: 'pdf',
      file: expect.stringMatching(/\/handout\.pdf$/),
      lang: 'en',
      dataDir: null,
      chapters: null,
    });
  });

  it('takes --video=FILE with a rate, a size and a language', () => {
    expect(parseExportArgs(['--video=loop.mp4', '--fps=25', '--size=1280x720', '--lang=fr'])).toMatchObject({
      kind: 'video',
      fps: 25,
      size: { width: 1280, height: 720 },
      lang: 'fr',
    });
  });

  it('names the flag and what it expects when a value is wrong', () => {
    expect(() => parseExportArgs(['--video', 'a.mp4', '--fps=0'])).toThrow('--fps expects a whole number from 1 to 60 (got "0")');
    expect(() => parseExportArgs(['--pdf', 'a.pdf', '--lang=de'])).toThrow('--lang expects en or fr (got "de")');
    expect(() => parseExportArgs(['--pdf', 'a.pdf', '--size=1280x720'])).toThrow('--size is for --video only');
    expect(() => parseExportArgs(['--pdf', 'a.pdf', '--video', 'b.mp4'])).toThrow('give one of --pdf FILE or --video FILE');
    expect(() => parseExportArgs(['--pdf'])).toThrow('--pdf expects a value');
    expect(() => parseExportArgs(['--pdf', 'a.pdf', '--colour=red'])).toThrow('--colour is not an export flag');
  });

  it('asks for even sizes within what H.264 and the app take', () => {
    expect(parseSize('3840x2160')).toEqual({ width: 3840, height: 2160 });
    for (const bad of ['1921x1080', '1920x', '100x100', '7680x4320', 'big']) expect(() => parseSize(bad)).toThrow(ExportError);
  });
});
