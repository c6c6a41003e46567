/**
 * `npm start -- --help` where Electron's binary is missing: the same help the
 * app prints, run with plain Node (it imports nothing from Electron).
 */
import { settingsHelp } from '@shared/settings-help';

process.stdout.write(
  settingsHelp(
    'handover.json in the user-data folder: ~/.config/handover/ on Linux, %APPDATA%\\handover\\ on Windows, ~/Library/Application Support/handover/ on macOS',
  ),
);
