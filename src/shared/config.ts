/**
 * Start-up settings, from command-line flags (Electron) or URL parameters (a
 * browser). A bad value never stops the show: it is reported with the flag's
 * name and what was expected, and the default is used.
 */
export interface Settings {
  /** Fullscreen kiosk (true) or a normal window (false). */
  kiosk: boolean;
  /** Start in autoplay, advancing and looping by itself. */
  autoplay: boolean;
  /** Seconds without input before autoplay takes over again (when autoplay is on). */
  idleSeconds: number;
  /** A folder of content files to use instead of the bundled data/. */
  dataDir: string | null;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  kiosk: true,
  autoplay: false,
  idleSeconds: 60,
  dataDir: null,
};

export const IDLE_RANGE = { min: 5, max: 3600 } as const;

export interface ParsedSettings {
  settings: Settings;
  /** One sentence per bad flag, naming it and saying what was expected. */
  problems: string[];
}

/** Flags that Electron, Chromium or Playwright add; they are not ours to judge. */
const FOREIGN = /^--(inspect|remote-debugging|no-sandbox|disable-|enable-|user-data-dir|allow-file-access|ozone|lang)/;

export const FLAG_HELP = '--windowed, --kiosk, --autoplay, --idle=SECONDS, --data=FOLDER';

export function parseFlags(args: readonly string[]): ParsedSettings {
  const settings: Settings = { ...DEFAULT_SETTINGS };
  const problems: string[] = [];
  for (const arg of args) {
    if (!arg.startsWith('--') || FOREIGN.test(arg)) continue;
    const [name, value] = splitFlag(arg);
    switch (name) {
      case 'windowed':
      case 'kiosk':
      case 'autoplay': {
        if (value !== undefined) {
          problems.push(`--${name} takes no value (got "${value}"); it was ignored`);
          break;
        }
        if (name === 'autoplay') settings.autoplay = true;
        else settings.kiosk = name === 'kiosk';
        break;
      }
      case 'idle': {
        const seconds = Number(value);
        if (value === undefined || !/^\d+$/.test(value) || seconds < IDLE_RANGE.min || seconds > IDLE_RANGE.max) {
          problems.push(
            `--idle expects a whole number of seconds from ${IDLE_RANGE.min} to ${IDLE_RANGE.max} (got ${value === undefined ? 'nothing' : `"${value}"`}); using ${DEFAULT_SETTINGS.idleSeconds}`,
          );
        } else settings.idleSeconds = seconds;
        break;
      }
      case 'data': {
        if (!value) problems.push('--data expects a folder, as --data=/path/to/content; using the bundled content');
        else settings.dataDir = value;
        break;
      }
      default:
        problems.push(`unknown flag --${name}; the flags are ${FLAG_HELP}`);
    }
  }
  return { settings, problems };
}

function splitFlag(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  return eq === -1 ? [arg.slice(2), undefined] : [arg.slice(2, eq), arg.slice(eq + 1)];
}

/**
 * URL parameters as flags: `?autoplay&idle=30` reads as `--autoplay --idle=30`.
 * A browser has no folders to offer, so `data` is not taken from a URL.
 */
export function flagsFromSearch(search: string): string[] {
  return [...new URLSearchParams(search)]
    .filter(([name]) => name !== 'data')
    .map(([name, value]) => (value === '' ? `--${name}` : `--${name}=${value}`));
}
