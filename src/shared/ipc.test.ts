import { describe, expect, it } from 'vitest';
import { IPC, LOG_MESSAGE_MAX } from './ipc';
import { isLogEntry } from './ipc-schema';

describe('isLogEntry', () => {
  it.each(['info', 'warn', 'error'])('accepts a %s line', (level) => {
    expect(isLogEntry({ level, message: 'chapter 3 shown' })).toBe(true);
  });

  it('accepts an empty message and one of exactly the maximum length', () => {
    expect(isLogEntry({ level: 'info', message: '' })).toBe(true);
    expect(isLogEntry({ level: 'info', message: 'x'.repeat(LOG_MESSAGE_MAX) })).toBe(true);
  });

  it('rejects a message longer than the maximum', () => {
    expect(isLogEntry({ level: 'info', message: 'x'.repeat(LOG_MESSAGE_MAX + 1) })).toBe(false);
  });

  it('rejects a level that is not info, warn or error', () => {
    expect(isLogEntry({ level: 'debug', message: 'hi' })).toBe(false);
    expect(isLogEntry({ level: 'INFO', message: 'hi' })).toBe(false);
    expect(isLogEntry({ message: 'hi' })).toBe(false);
  });

  it('rejects a message that is not a string', () => {
    expect(isLogEntry({ level: 'info', message: 42 })).toBe(false);
    expect(isLogEntry({ level: 'info', message: { toString: () => 'hi' } })).toBe(false);
    expect(isLogEntry({ level: 'info' })).toBe(false);
  });

  it('rejects what is not an object at all', () => {
    for (const value of [null, undefined, 'info: hi', 42, true, ['info', 'hi']]) expect(isLogEntry(value)).toBe(false);
  });
});

describe('IPC channels', () => {
  it('are distinct and all in the app’s own namespace', () => {
    const channels = Object.values(IPC);
    expect(new Set(channels).size).toBe(channels.length);
    for (const channel of channels) expect(channel).toMatch(/^handover:/);
  });
});
