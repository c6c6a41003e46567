/**
 * Running `npm run export` as a user would (its script, with its flags), and
 * reading what it wrote: a PDF's text and pages (poppler's pdftotext and
 * pdfinfo), a film's stream and frames (the ffmpeg the exporter uses).
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const EXPORT = resolve(import.meta.dirname, '../../scripts/export.mjs');
const ffmpeg = (createRequire(import.meta.url)('@ffmpeg-installer/ffmpeg') as { path: string }).path;

/** Runs the exporter; resolves with its exit code and output, whether it succeeded or not. */
export async function runExport(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [EXPORT, ...args], { env: { ...process.env, ...env }, timeout: 120_000 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

/** A PDF's text with every run of spaces and line breaks (no-break ones too) made one space, as a reader searching it would. */
export async function pdfText(file: string): Promise<string> {
  return normalSpaces((await run('pdftotext', ['-enc', 'UTF-8', file, '-'])).stdout);
}

export const normalSpaces = (text: string): string => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

export async function pdfInfo(file: string): Promise<{ pages: number; size: string }> {
  const { stdout } = await run('pdfinfo', [file]);
  return { pages: Number(/Pages:\s+(\d+)/.exec(stdout)?.[1]), size: /Page size:\s+([\d.]+ x [\d.]+)/.exec(stdout)?.[1] ?? '' };
}

/** What a player sees of a film: its video codec, size, frame count (counted by reading it through) and duration. */
export async function probeFilm(file: string): Promise<{ codec: string; width: number; height: number; frames: number; seconds: number }> {
  const { stderr } = await run(ffmpeg, ['-hide_banner', '-i', file, '-map', '0:v:0', '-c', 'copy', '-f', 'null', '-']);
  const video = /Video: (\w+).*?, (\d+)x(\d+)/.exec(stderr);
  const [, h = '0', m = '0', s = '0'] = /Duration: (\d+):(\d+):([\d.]+)/.exec(stderr) ?? [];
  const frames = [...stderr.matchAll(/frame=\s*(\d+)/g)].at(-1)?.[1];
  return {
    codec: video?.[1] ?? '',
    width: Number(video?.[2]),
    height: Number(video?.[3]),
    frames: Number(frames),
    seconds: Number(h) * 3600 + Number(m) * 60 + Number(s),
  };
}

/** The film's frame at `seconds`, as PNG. */
export async function filmFrame(file: string, seconds: number): Promise<Buffer> {
  const { stdout } = await run(ffmpeg, ['-v', 'error', '-ss', String(seconds), '-i', file, '-frames:v', '1', '-f', 'image2pipe', '-c:v', 'png', '-'], {
    encoding: 'buffer',
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}
