import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, FLAGS } from './config';
import { settingsHelp } from './settings-help';

describe('settingsHelp', () => {
  const help = settingsHelp('/home/kiosk/.config/handover/handover.json');

  it('lists every flag the parser takes, and --config and --help', () => {
    for (const name of [...Object.keys(FLAGS), 'config', 'help']) expect(help).toContain(`--${name}`);
  });

  it('lists every config key with its default', () => {
    for (const [key, value] of Object.entries(DEFAULT_SETTINGS))
      expect(help).toMatch(new RegExp(`\\n  ${key} +default ${JSON.stringify(value).replace(/[+[\]]/g, '\\$&')}\\n`));
  });

  it('says where the config file is read from by default', () => {
    expect(help).toContain('(default /home/kiosk/.config/handover/handover.json)');
  });
});
