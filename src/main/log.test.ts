import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLogger } from './log';

const fixedNow = () => new Date('2025-01-02T03:04:05.000Z');

describe('createLogger', () => {
  it('writes each line to the file and echoes it', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'handover-log-')), 'logs', 'handover.log');
    const echoed: string[] = [];
    const log = createLogger({ file, echo: (line) => echoed.push(line), now: fixedNow });
    log.info('started');
    log.error('two\nlines');
    await log.close();
    const expected = ['2025-01-02T03:04:05.000Z INFO  started\n', '2025-01-02T03:04:05.000Z ERROR two\n    lines\n'];
    expect(echoed).toEqual(expected);
    expect(readFileSync(file, 'utf8')).toBe(expected.join(''));
  });

  it('moves an oversized log aside at start', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'handover-log-'));
    const file = join(dir, 'handover.log');
    writeFileSync(file, 'x'.repeat(100));
    const log = createLogger({ file, echo: () => {}, maxBytes: 50, now: fixedNow });
    log.warn('fresh');
    await log.close();
    expect(readFileSync(`${file}.old`, 'utf8')).toHaveLength(100);
    expect(readFileSync(file, 'utf8')).toContain('WARN  fresh');
  });

  it('moves the log aside while running once it passes its size, keeping one old file', async () => {
    // The size is checked before each line, so a file ends at most one line past maxBytes.
    const dir = mkdtempSync(join(tmpdir(), 'handover-log-'));
    const file = join(dir, 'handover.log');
    const log = createLogger({ file, echo: () => {}, maxBytes: 200, now: fixedNow });
    // Each line is 50 bytes: "2025-01-02T03:04:05.000Z INFO  " (31) + 18 + "\n".
    for (let i = 0; i < 10; i++) log.info(`line ${String(i).padStart(13, '0')}`);
    await log.close();
    const current = readFileSync(file, 'utf8');
    const old = readFileSync(`${file}.old`, 'utf8');
    expect(Buffer.byteLength(current)).toBeLessThanOrEqual(250);
    expect(Buffer.byteLength(old)).toBeLessThanOrEqual(250);
    expect(current).toContain('line 0000000000009');
    expect(old).toContain('line 0000000000005');
    expect(old).not.toContain('line 0000000000000');
  });

  it('falls back to echo only when the file cannot be opened', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'handover-log-'));
    const blocker = join(dir, 'not-a-folder');
    writeFileSync(blocker, '');
    const echoed: string[] = [];
    const log = createLogger({ file: join(blocker, 'handover.log'), echo: (line) => echoed.push(line) });
    log.info('still here');
    await log.close();
    expect(echoed[0]).toContain('cannot open log file');
    expect(echoed[1]).toContain('still here');
    expect(existsSync(join(blocker, 'handover.log'))).toBe(false);
  });
});
