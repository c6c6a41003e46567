/**
 * What `--help` prints: every flag and every config-file key with its default,
 * generated from the same tables the app reads, so it cannot drift.
 */
import { DEFAULT_SETTINGS, FLAGS, SETTINGS_SCHEMA, flagUsage } from './config';

export function settingsHelp(defaultConfigPath: string): string {
  const flags = Object.entries(FLAGS).map(([name, flag]) => `  ${flagUsage(name).padEnd(29)} ${flag.help}`);
  const keys = Object.keys(SETTINGS_SCHEMA.shape).map(
    (key) => `  ${key.padEnd(16)} default ${JSON.stringify(DEFAULT_SETTINGS[key as keyof typeof DEFAULT_SETTINGS])}`,
  );
  return [
    'Handover: the Olympic flag from Paris to Los Angeles',
    '',
    'Flags:',
    ...flags,
    `  ${'--config=FILE'.padEnd(29)} read settings from this JSON file (default ${defaultConfigPath})`,
    `  ${'--help'.padEnd(29)} print this and quit`,
    '',
    'Config file keys (JSON; flags win over the file):',
    ...keys,
    '',
  ].join('\n');
}
