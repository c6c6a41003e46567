import { describe, expect, it } from 'vitest';
import { DataLoads } from './data-loads';

/** A DataLoads whose back-off timers are run by hand, on a clock set by hand, with what it reported. */
function loads(delaysSeconds = [1, 2]) {
  const timers: { run: () => void; ms: number }[] = [];
  const clock = { now: 0 };
  const said: string[] = [];
  let settled = 0;
  let recovered = 0;
  const data = new DataLoads<'paris'>(
    { problem: (text) => said.push(text), settled: () => settled++, recovered: () => recovered++ },
    { delaysSeconds, givesUp: false, forgetAfterSeconds: 600 },
    (run, ms) => timers.push({ run, ms }),
    () => clock.now,
  );
  return { data, timers, said, clock, counts: () => ({ settled, recovered }) };
}
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('DataLoads', () => {
  it('loads each file once, however often it is asked for', async () => {
    const { data } = loads();
    let calls = 0;
    const load = async () => (calls++, 'city');
    data.need('paris', 'the city map paris.bin', load);
    data.need('paris', 'the city map paris.bin', load);
    expect(data.waiting('paris')).toBe(true);
    await flush();
    expect(calls).toBe(1);
    expect(data.get('paris')).toBe('city');
    expect(data.waiting('paris')).toBe(false);
  });

  it('reports a failed load with the file, tries again after the back-off, and says when it came in', async () => {
    const { data, timers, said, counts } = loads();
    let attempt = 0;
    const load = async () => {
      if (++attempt < 3) throw new Error('HTTP 404');
      return 'city';
    };
    data.need('paris', 'the city map paris.bin', load);
    await flush();
    expect(said).toEqual(['basemap: cannot load the city map paris.bin (HTTP 404); trying again in 1 s (failure 1 in a row)']);
    // Tiles are drawn without it meanwhile, not kept waiting.
    expect(data.failed('paris')).toBe(true);
    expect(data.waiting('paris')).toBe(false);
    expect(timers.map((t) => t.ms)).toEqual([1_000]);
    timers.shift()!.run();
    await flush();
    expect(said[1]).toBe('basemap: cannot load the city map paris.bin (HTTP 404); trying again in 2 s (failure 2 in a row)');
    timers.shift()!.run();
    await flush();
    expect(data.get('paris')).toBe('city');
    expect(data.failed('paris')).toBe(false);
    expect(said[2]).toBe('basemap: the city map paris.bin loaded after 2 failed attempts; the map is drawn again');
    expect(counts().recovered).toBe(1);
  });

  it('forgets failures ten quiet minutes old, as every restart does: the next one waits the first delay again', async () => {
    const { data, timers, said, clock } = loads([1, 2, 5]);
    const load = async () => {
      throw new Error('HTTP 503');
    };
    data.need('paris', 'the city map paris.bin', load);
    await flush();
    clock.now += 1_000;
    timers.shift()!.run();
    await flush();
    expect(said.at(-1)).toContain('trying again in 2 s (failure 2 in a row)');
    clock.now += 601_000;
    timers.shift()!.run();
    await flush();
    expect(said.at(-1)).toContain('trying again in 1 s (failure 1 in a row)');
  });
});
