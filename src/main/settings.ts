import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveSettings, type ParsedSettings } from '@shared/config';

/**
 * The flags given on the command line, without the executable and, when run
 * unpackaged (`electron . --windowed`), the app path. Positional arguments are
 * dropped rather than counted, because Playwright and Chromium put switches of
 * their own before the app path.
 */
export function commandLineFlags(argv: readonly string[], isPackaged: boolean): string[] {
  const args = argv.slice(1);
  if (isPackaged) return args;
  const appPath = args.findIndex((arg) => !arg.startsWith('-'));
  return appPath === -1 ? args : args.filter((_, i) => i !== appPath);
}

export const CONFIG_FILE_NAME = 'handover.json';

/** The config file: `--config=FILE`, else handover.json in the user-data folder. */
export function configPath(flags: readonly string[], userDataDir: string): { path: string; chosen: boolean } {
  const given = flags.find((f) => f.startsWith('--config='))?.slice('--config='.length);
  return given ? { path: given, chosen: true } : { path: join(userDataDir, CONFIG_FILE_NAME), chosen: false };
}

/**
 * The settings the app starts with: defaults, the config file, then flags. A
 * missing default file is normal; a missing file named with --config, an
 * unreadable one, bad JSON or bad values become problems, never a failed start.
 */
export function readSettings(argv: readonly string[], isPackaged: boolean, userDataDir: string): ParsedSettings & { configFile: string } {
  const flags = commandLineFlags(argv, isPackaged);
  const { path, chosen } = configPath(flags, userDataDir);
  let text: string | undefined;
  const problems: string[] = [];
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    if (chosen || !missing) problems.push(`${path}: cannot read the config file (${(error as Error).message}); using the defaults and flags`);
  }
  const parsed = resolveSettings(flags, text === undefined ? undefined : { file: path, text });
  return { ...parsed, problems: [...problems, ...parsed.problems], configFile: path };
}
