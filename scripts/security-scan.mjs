// @ts-check
/**
 * Runs Electronegativity, Doyensec's scanner for Electron misconfigurations,
 * over what ships (src/main, src/preload and the renderer's index.html with
 * its CSP) and fails on any HIGH or MEDIUM finding that security/allow-list.json
 * does not list with a reason. Test files are left out by path: their fake
 * windows are not the app's windows.
 *
 *   npm run scan
 *
 * Offline: the scanner is told the Electron version (from node_modules), and
 * its "cannot fetch Electron's releases" line is expected.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { withCspMeta } from '../src/shared/csp.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const SCANNED = ['src/main', 'src/preload', 'src/renderer/index.html'];
const SERIOUS = new Set(['HIGH', 'MEDIUM']);

/** @typedef {{ check: string, severity: string, file: string, location: string, sample: string }} Finding */
/** @typedef {{ check: string, file: string, reason: string }} Allowed */

/** True for a shipped source file (not a test, a type declaration or a fixture). @param {string} path */
const ships = (path) => !/\.(test|spec|test-support)\.ts$|\.d\.ts$/.test(path);

/** Copies the shipped files into a fresh folder, keeping their paths. */
function stage() {
  const dir = mkdtempSync(join(tmpdir(), 'handover-scan-'));
  for (const entry of SCANNED) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true, filter: (src) => ships(src) });
  }
  // The page as the build writes it, with its CSP (electron.vite.config.ts).
  const page = join(dir, 'src/renderer/index.html');
  writeFileSync(page, withCspMeta(readFileSync(page, 'utf8')));
  return dir;
}

/** Splits one CSV line (fields may be quoted, with "" for a quote inside). @param {string} line */
function csvFields(line) {
  const fields = [];
  const pattern = /\s*(?:"((?:[^"]|"")*)"|([^,]*))\s*(?:,|$)/g;
  for (let m = pattern.exec(line); m && m.index < line.length; m = pattern.exec(line)) {
    fields.push(m[1] !== undefined ? m[1].replaceAll('""', '"') : (m[2] ?? ''));
  }
  return fields;
}

/** @param {string} csv @returns {Finding[]} */
function parseReport(csv) {
  return csv
    .split('\n')
    .slice(1)
    .filter((line) => line.trim())
    .map((line) => {
      const [check = '', severity = '', , file = '', location = '', sample = ''] = csvFields(line);
      return { check, severity, file, location, sample };
    });
}

function scan() {
  const dir = stage();
  const report = join(dir, 'report.csv');
  try {
    const electron = JSON.parse(readFileSync(join(ROOT, 'node_modules/electron/package.json'), 'utf8')).version;
    const bin = join(ROOT, 'node_modules/.bin/electronegativity');
    const run = spawnSync(bin, ['-i', dir, '-r', '-e', electron, '-o', report, '-v', 'false'], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`electronegativity exited ${run.status}: ${run.stderr || run.stdout}`);
    return { found: parseReport(readFileSync(report, 'utf8')), electron };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** @type {Allowed[]} */
const allowed = JSON.parse(readFileSync(join(ROOT, 'security/allow-list.json'), 'utf8')).allowed;
const isAllowed = (/** @type {Finding} */ f) => allowed.some((a) => a.check === f.check && a.file === f.file);

const { found, electron } = scan();
const serious = found.filter((f) => SERIOUS.has(f.severity));
const refused = serious.filter((f) => !isAllowed(f));
console.log(`electronegativity (Electron ${electron}) over ${SCANNED.join(', ')}, tests left out: ${found.length} findings, ${serious.length} HIGH or MEDIUM`);
for (const f of found) {
  const verdict = !SERIOUS.has(f.severity) ? 'low' : isAllowed(f) ? 'allowed' : 'REFUSED';
  console.log(`  ${verdict.padEnd(8)} ${f.severity.padEnd(6)} ${f.check} ${f.file}:${f.location}`);
}
for (const a of allowed.filter((a) => !serious.some((f) => f.check === a.check && f.file === a.file))) {
  console.log(`  note: allow-list entry ${a.check} ${a.file} matched nothing; remove it if the finding is gone`);
}
if (refused.length > 0) {
  console.error(`${refused.length} HIGH or MEDIUM finding(s) not in security/allow-list.json: fix them, or list them there with a reason.`);
  process.exit(1);
}
console.log(`scan: ${relative(ROOT, join(ROOT, 'security/allow-list.json'))} covers every HIGH and MEDIUM finding`);
