import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { LogWatch } from './log-watch.mjs';

/** A page as the bench sees it: console messages and uncaught errors. */
class FakePage extends EventEmitter {
  log(type: string, text: string) {
    this.emit('console', { type: () => type, text: () => text });
  }
}

describe("the bench's log watch", () => {
  it('counts warnings and errors (uncaught ones too), and keeps each distinct message once, in order', () => {
    const page = new FakePage();
    const logs = new LogWatch();
    logs.watch(page as never);
    page.log('info', '[handover] content changed and reloaded');
    page.log('warning', '[handover] basemap worker failed');
    page.log('error', '[handover] the show stopped on an error');
    page.log('warning', '[handover] basemap worker failed');
    page.emit('pageerror', new Error("Cannot read properties of undefined (reading 'clearRect')"));
    expect(logs.counts).toEqual({ warn: 2, error: 2 });
    expect([...logs.distinct]).toEqual([
      ['warn: [handover] basemap worker failed', 2],
      ['error: [handover] the show stopped on an error', 1],
      ["error: uncaught: Cannot read properties of undefined (reading 'clearRect')", 1],
    ]);
  });
});
