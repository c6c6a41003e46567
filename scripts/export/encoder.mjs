// @ts-check
/**
 * The H.264 encoder for the film: ffmpeg. FFMPEG_PATH, when set, is the only
 * one tried; otherwise the binary shipped inside the npm package
 * @ffmpeg-installer/ffmpeg (a devDependency: `npm ci` brings it, no download
 * step and nothing to install on the system), then an ffmpeg on the PATH.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';
import { ExportError } from './options.mjs';

const HOW_TO_GET_ONE =
  'npm ci installs one (@ffmpeg-installer/ffmpeg); or install ffmpeg (Debian: apt-get install ffmpeg), or set FFMPEG_PATH to an ffmpeg with libx264';

/** @returns {string} the path of an ffmpeg that can encode H.264 */
export function findEncoder() {
  const chosen = process.env.FFMPEG_PATH;
  const candidates = chosen ? [chosen] : [shipped(), ...(process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'ffmpeg'))];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) throw new ExportError(chosen ? `FFMPEG_PATH is ${chosen}, which does not exist: ${HOW_TO_GET_ONE}` : `no H.264 encoder found: ${HOW_TO_GET_ONE}`);
  const encoders = spawnSync(found, ['-hide_banner', '-encoders'], { encoding: 'utf8' });
  if (encoders.error || !/\blibx264\b/.test(encoders.stdout ?? '')) {
    throw new ExportError(`${found} cannot encode H.264 (${encoders.error?.message ?? 'no libx264 encoder'}): ${HOW_TO_GET_ONE}`);
  }
  return found;
}

/** @returns {string} */
function shipped() {
  try {
    return /** @type {{ path: string }} */ (createRequire(import.meta.url)('@ffmpeg-installer/ffmpeg')).path;
  } catch {
    return '';
  }
}

/**
 * An ffmpeg that takes JPEG frames on its input and writes an MP4 (H.264,
 * yuv420p, so any TV or browser plays it) to `file`.
 * @param {string} ffmpeg @param {string} file @param {number} fps
 */
export function startEncoder(ffmpeg, file, fps) {
  const child = spawn(
    ffmpeg,
    [
      '-hide_banner',
      '-loglevel',
      'error',
      '-y',
      '-f',
      'image2pipe',
      '-c:v',
      'mjpeg',
      '-framerate',
      String(fps),
      '-i',
      '-',
      '-c:v',
      'libx264',
      '-preset',
      'veryfast',
      '-crf',
      '20',
      '-pix_fmt',
      'yuv420p',
      '-r',
      String(fps),
      '-movflags',
      '+faststart',
      '-f',
      'mp4',
      file,
    ],
    { stdio: ['pipe', 'ignore', 'pipe'] },
  );
  let errors = '';
  // Written to after the encoder died (its message says why): reported by finish(), not thrown here.
  child.stdin.on('error', () => {});
  child.stderr.on('data', (chunk) => (errors = (errors + String(chunk)).slice(-2000)));
  /** @type {number | null} */
  let exitCode = null;
  /** @type {Promise<number>} */
  const exited = new Promise((done) => {
    child.once('error', (error) => {
      errors += error.message;
      done((exitCode = 1));
    });
    child.once('exit', (code) => done((exitCode = code ?? 1)));
  });
  const failure = () => new ExportError(`the encoder (${ffmpeg}) failed with exit code ${exitCode}: ${errors.trim()}`);
  return {
    /** @param {Buffer} frame */
    async write(frame) {
      if (exitCode !== null) throw failure();
      // Until the encoder has taken the frame, or has died.
      if (!child.stdin.write(frame)) await Promise.race([new Promise((done) => child.stdin.once('drain', done)), exited]);
      if (exitCode !== null) throw failure();
    },
    /** Ends the input and waits for the film to be written. */
    async finish() {
      child.stdin.end();
      if ((await exited) !== 0) throw failure();
    },
    kill() {
      child.kill('SIGKILL');
    },
  };
}
