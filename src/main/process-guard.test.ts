import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { recordingLogger } from './recording-logger.test-support';
import { guardMainProcess } from './process-guard';

describe('guardMainProcess', () => {
  it('logs an uncaught exception and an unhandled rejection instead of letting them surface', () => {
    const proc = new EventEmitter();
    const log = recordingLogger();
    guardMainProcess(proc, log);
    proc.emit('uncaughtException', new Error('boom in main'));
    proc.emit('unhandledRejection', 'no reason');
    const errors = log.lines.filter((line) => line.startsWith('error'));
    expect(errors[0]).toContain('uncaught exception: Error: boom in main');
    expect(errors[1]).toContain('unhandled rejection: no reason');
  });

  it('removes both listeners when unbound', () => {
    const proc = new EventEmitter();
    const unbind = guardMainProcess(proc, recordingLogger());
    expect(proc.listenerCount('uncaughtException') + proc.listenerCount('unhandledRejection')).toBe(2);
    unbind();
    expect(proc.listenerCount('uncaughtException') + proc.listenerCount('unhandledRejection')).toBe(0);
  });
});
