import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildJourney } from '@model/journey';
import { fixtureContent } from '../../model/story-fixture.test-support';
import { CONTENT_POLL_MS } from '../content/content-watcher';
import type { LoadResult } from '../content/load-content';
import { PresenterHost } from './presenter-host.svelte';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const good = (signature = 'good'): LoadResult => ({ ok: true, journey: buildJourney(fixtureContent()), hash: `hash-${signature}`, signature });
const broken: LoadResult = { ok: false, problems: [{ file: 'places.json', path: '', message: 'expected valid JSON' }], signature: 'broken' };
const pageDown = () => Object.assign(new Event('keydown'), { key: 'PageDown', code: 'PageDown' });

function presenter(reads: LoadResult[], hash = '') {
  const keys = new EventTarget();
  const host = new PresenterHost({
    loadContent: async () => (reads.length > 1 ? reads.shift()! : reads[0]!),
    hash: () => hash,
    keys,
    channel: `test-${Math.random()}`,
  });
  host.start();
  return { host, keys };
}

describe('PresenterHost', () => {
  it('opened on broken content, shows its problems; once it is fixed, shows the story and its keys work', async () => {
    const { host, keys } = presenter([broken, good()]);
    await vi.advanceTimersByTimeAsync(0);
    expect(host.remote).toBeUndefined();
    expect(host.contentProblems?.[0]?.file).toBe('places.json');
    await vi.advanceTimersByTimeAsync(CONTENT_POLL_MS);
    expect(host.contentProblems).toBeUndefined();
    expect(host.remote?.show.index).toBe(0);
    keys.dispatchEvent(pageDown());
    expect(host.remote?.show.index).toBe(1);
    host.stop();
  });

  it('opens at the deep link, and keeps the chapter on screen through a content edit, by its id', async () => {
    const { host, keys } = presenter([good(), good('edited')], '#/atlantic');
    await vi.advanceTimersByTimeAsync(0);
    expect(host.remote?.show.current.content.id).toBe('atlantic');
    keys.dispatchEvent(pageDown());
    const here = host.remote!.show.current.content.id;
    const before = host.remote;
    await vi.advanceTimersByTimeAsync(CONTENT_POLL_MS);
    expect(host.remote).not.toBe(before);
    expect(host.remote?.show.current.content.id).toBe(here);
    keys.dispatchEvent(pageDown());
    expect(host.remote?.show.index, 'the keys drive the new copy').toBe(before!.show.index + 1);
    host.stop();
  });

  it('stopped, its keys and watcher are gone', async () => {
    const { host, keys } = presenter([good()]);
    await vi.advanceTimersByTimeAsync(0);
    host.stop();
    keys.dispatchEvent(pageDown());
    expect(host.remote?.show.index).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});
