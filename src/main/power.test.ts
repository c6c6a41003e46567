import { describe, expect, it } from 'vitest';
import { FakePowerSaveBlocker } from './fake-electron.test-support';
import { recordingLogger } from './recording-logger.test-support';
import { keepDisplayAwake } from './power';

describe('keepDisplayAwake', () => {
  it('blocks display sleep (not only app suspension) until released, and logs it', () => {
    const blocker = new FakePowerSaveBlocker();
    const log = recordingLogger();
    const release = keepDisplayAwake(blocker, log);
    expect([...blocker.active.values()]).toEqual(['prevent-display-sleep']);
    expect(log.lines).toEqual(['info: power: display sleep is blocked while the show runs']);
    release();
    release();
    expect(blocker.active.size).toBe(0);
  });

  it('says so in the log when the system refuses', () => {
    const blocker = new FakePowerSaveBlocker();
    blocker.refuse = true;
    const log = recordingLogger();
    keepDisplayAwake(blocker, log);
    expect(log.lines[0]).toMatch(/^warn: power: the system refused/);
  });
});
