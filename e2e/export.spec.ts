/**
 * `npm run export`: a short handout and a short film, made by the script as
 * a user runs it, then read back as a reader and a player would. And its
 * mistakes: each gets a clear message, and no file is left half-written.
 */
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './support/test';
import { curlySingleQuotes } from '../src/renderer/speech/typography';
import { chapters, dataDirectory, speeches } from './support/story';
import { decodePng } from './support/frames';
import { filmFrame, normalSpaces, pdfInfo, pdfText, probeFilm, runExport } from './support/exports';

let folder: string;
test.beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'handover-export-'));
});
test.afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** Through the three speech chapters: every quote of the story is in it. */
const THROUGH_THE_SPEECHES = chapters.findIndex((c) => c.id === 'bach-peace') + 1;

test('the handout in French has a title page, a page a chapter and the credits, with every quote word for word as real text', async () => {
  test.setTimeout(120_000);
  const file = join(folder, 'handout.pdf');
  const { code, output } = await runExport(['--pdf', file, '--lang=fr', `--chapters=${THROUGH_THE_SPEECHES}`]);
  expect(code, output).toBe(0);
  expect(output).toContain('Handout: picture 1 of');
  expect(await pdfInfo(file)).toEqual({ pages: THROUGH_THE_SPEECHES + 2, size: '841.92 x 594.96' });
  const text = await pdfText(file);
  for (const chapter of chapters.slice(0, THROUGH_THE_SPEECHES)) expect(text).toContain(normalSpaces(chapter.title.fr));
  for (const quote of speeches) {
    // Our translation as the main words, the words spoken beside them, both exactly.
    expect(text).toContain(normalSpaces(quote.translation!.fr!));
    expect(text).toContain(normalSpaces(curlySingleQuotes(quote.text)));
  }
  expect(text).toContain('Thomas Bach, président du CIO');
  expect(text).toMatch(/Crédits .*OpenStreetMap.*ODbL 1\.0/);
  expect(text).toContain('Source Serif 4');
  expect(readdirSync(folder)).toEqual(['handout.pdf']);
});

test('the film is H.264 at the size and rate asked, one frame every 1/fps of the show, with the first flight in it', async () => {
  test.setTimeout(120_000);
  const file = join(folder, 'loop.mp4');
  // The first chapter rests for its dwell, then autoplay flies to the second.
  const seconds = chapters[0]!.dwellSeconds + 1.5;
  const { code, output } = await runExport(['--video', file, '--size=480x270', '--fps=10', `--seconds=${seconds}`]);
  expect(code, output).toBe(0);
  expect(output).toMatch(/Film ▕█+░*▏ \d+% .* left/);
  expect(await probeFilm(file)).toEqual({ codec: 'h264', width: 480, height: 270, frames: seconds * 10, seconds });
  const still = [decodePng(await filmFrame(file, 2)), decodePng(await filmFrame(file, 6))];
  const flying = decodePng(await filmFrame(file, seconds - 0.2));
  expect(share(still[0]!.data, still[1]!.data), 'at rest, two frames are the same picture').toBeLessThan(0.01);
  expect(share(still[1]!.data, flying.data), 'once autoplay moves on, the camera flies').toBeGreaterThan(0.1);
  expect(readdirSync(folder)).toEqual(['loop.mp4']);
});

/** Share of pixels that differ clearly between two frames of one size. */
function share(a: Uint8Array, b: Uint8Array): number {
  let differ = 0;
  for (let i = 0; i < a.length; i += 4) if (Math.abs(a[i]! - b[i]!) + Math.abs(a[i + 1]! - b[i + 1]!) + Math.abs(a[i + 2]! - b[i + 2]!) > 48) differ++;
  return differ / (a.length / 4);
}

test('a bad size, a folder that does not exist and a missing encoder each get a clear message, and no file', async () => {
  const film = join(folder, 'loop.mp4');
  expect(await runExport(['--video', film, '--size=1921x1080'])).toEqual({
    code: 2,
    output: expect.stringContaining('--size expects WIDTHxHEIGHT in pixels, even numbers'),
  });
  expect(await runExport(['--pdf', join(folder, 'nowhere', 'handout.pdf')])).toEqual({
    code: 2,
    output: expect.stringContaining(`the folder ${join(folder, 'nowhere')} does not exist`),
  });
  expect(await runExport(['--video', film], { FFMPEG_PATH: join(folder, 'no-ffmpeg') })).toEqual({
    code: 2,
    output: expect.stringContaining('which does not exist: npm ci installs one'),
  });
  expect(readdirSync(folder)).toEqual([]);
});

test('broken content is named, file, field and what was expected, and nothing is written', async () => {
  const data = join(folder, 'data');
  cpSync(dataDirectory, data, { recursive: true });
  const file = join(data, 'chapters.json');
  writeFileSync(file, readFileSync(file, 'utf8').replace('"dwellSeconds": 12', '"dwellSeconds": "twelve"'));
  const { code, output } = await runExport(['--pdf', join(folder, 'handout.pdf'), `--data=${data}`]);
  expect(code, output).toBe(2);
  expect(output).toMatch(/cannot be used:\n {2}data\/chapters\.json at chapters\[\d+\]\.dwellSeconds: .*expected number/);
  expect(readdirSync(folder)).toEqual(['data']);
});

test('an encoder that fails half-way leaves neither the film nor its temporary file', async () => {
  test.setTimeout(60_000);
  // Says it has libx264, then takes a few frames and dies.
  const broken = join(folder, 'broken-ffmpeg');
  writeFileSync(
    broken,
    '#!/bin/sh\nif [ "$2" = "-encoders" ]; then echo " V..... libx264"; exit 0; fi\nhead -c 20000 >/dev/null\necho "disk full" >&2\nexit 1\n',
  );
  chmodSync(broken, 0o755);
  const film = join(folder, 'out', 'loop.mp4');
  mkdirSync(join(folder, 'out'));
  const { code, output } = await runExport(['--video', film, '--size=480x270', '--fps=10', '--seconds=3'], { FFMPEG_PATH: broken });
  expect(code, output).toBe(2);
  expect(output).toContain('failed with exit code 1: disk full');
  expect(readdirSync(join(folder, 'out'))).toEqual([]);
});
