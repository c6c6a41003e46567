import { parseFlags, type ParsedSettings } from '@shared/config';

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

/** The settings the app starts with; bad flags become problems, never a failed start. */
export function readSettings(argv: readonly string[], isPackaged: boolean): ParsedSettings {
  return parseFlags(commandLineFlags(argv, isPackaged));
}
