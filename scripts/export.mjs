// @ts-check
/**
 * `npm run export -- --pdf FILE` (the handout) or `--video FILE` (the
 * attract loop as a film): the story made offline by the app's own
 * rendering. See docs/exports.md.
 */
import { buildIfStale } from './local-app.mjs';
import { ExportError, parseExportArgs } from './export/options.mjs';

try {
  const options = parseExportArgs(process.argv.slice(2));
  await buildIfStale();
  if (options.kind === 'pdf') await (await import('./export/handout.mjs')).exportHandout(options);
  else await (await import('./export/film.mjs')).exportFilm(options);
} catch (error) {
  if (!(error instanceof ExportError)) throw error;
  console.error(`export: ${error.message}`);
  process.exit(2);
}
