import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '@shared/config';
import type { LogEntry, Startup } from '@shared/ipc';
import { buildJourney } from '@model/journey';
import { fixtureContent } from '../../model/story-fixture.test-support';
import type { LoadResult } from '../content/load-content';
import { CONTENT_POLL_MS } from '../content/content-watcher';
import { NOTICE_SECONDS, ShowHost, type HostPlatform } from './show-host.svelte';
import { SYNC_EPOCH_MS } from '@model/attract-loop';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const good = (signature = 'good'): LoadResult => ({ ok: true, journey: buildJourney(fixtureContent()), hash: `hash-${signature}`, signature });
const broken = (signature = 'broken'): LoadResult => ({
  ok: false,
  problems: [{ file: 'chapters.json', path: 'chapters[0].title', message: 'expected some text' }],
  signature,
});
const startup = (settings: Partial<Settings> = {}, problems: string[] = []): Startup => ({
  settings: { ...DEFAULT_SETTINGS, kiosk: false, ...settings },
  problems,
});

/** A host on a platform whose answers the test lines up: each call takes the next, the last repeats. */
function host(answers: { startup?: (() => Promise<Startup>)[]; content?: (() => Promise<LoadResult>)[]; hash?: string } = {}) {
  const logged: LogEntry[] = [];
  const next =
    <T>(list: (() => Promise<T>)[]) =>
    () =>
      (list.length > 1 ? list.shift()! : list[0]!)();
  const platform: HostPlatform = {
    getStartup: vi.fn(next(answers.startup ?? [async () => startup()])),
    loadContent: vi.fn(next(answers.content ?? [async () => good()])),
    log: (entry) => void logged.push(entry),
    openPresenter: vi.fn(() => true),
    openPresenterAtStart: () => true,
    hash: () => answers.hash ?? '',
  };
  const shown = new ShowHost(platform);
  shown.start();
  return { host: shown, platform, logged, errors: () => logged.filter((e) => e.level === 'error').map((e) => e.message) };
}

describe('ShowHost, starting', () => {
  it('starts the show from the settings and content, at the deep link', async () => {
    const { host: h } = host({ startup: [async () => startup({ autoplay: true, lang: 'fr', idleSeconds: 90 })], hash: '#/atlantic' });
    await vi.advanceTimersByTimeAsync(0);
    expect(h.show?.current.content.id).toBe('atlantic');
    expect(h.show?.autoplay).toBe(true);
    expect(h.lang).toBe('fr');
    expect(h.idleSeconds).toBe(90);
    expect(h.trouble).toBeUndefined();
    h.stop();
  });

  it('a rejected getStartup() restarts after 5 s, as any error does, and then the show starts', async () => {
    const { host: h, platform, errors } = host({ startup: [async () => Promise.reject(new Error('no preload')), async () => startup()] });
    await vi.advanceTimersByTimeAsync(0);
    expect(h.show).toBeUndefined();
    expect(h.trouble).toEqual({ kind: 'restarting' });
    expect(errors()).toEqual(['the show stopped on an error and restarts in 5 s: the show could not start: Error: no preload']);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(platform.getStartup).toHaveBeenCalledTimes(2);
    expect(h.trouble).toBeUndefined();
    expect(h.show?.index).toBe(0);
    h.stop();
  });

  it('a first content load that throws backs off 5, 10, 20, 40 s, then stops on a screen that names the cause', async () => {
    const { host: h, platform, errors } = host({ content: [async () => Promise.reject(new TypeError('journey exploded'))] });
    await vi.advanceTimersByTimeAsync(0);
    for (const seconds of [5, 10, 20, 40]) {
      expect(h.trouble).toEqual({ kind: 'restarting' });
      await vi.advanceTimersByTimeAsync(seconds * 1000);
    }
    expect(platform.loadContent).toHaveBeenCalledTimes(5);
    expect(h.trouble).toEqual({ kind: 'stopped', cause: 'the show could not start: TypeError: journey exploded' });
    expect(errors().at(-1)).toMatch(/will not restart by itself: the show could not start: TypeError: journey exploded$/);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(platform.loadContent).toHaveBeenCalledTimes(5);
    h.stop();
  });

  it('broken content at start is shown with its problems, and the story as soon as it is fixed', async () => {
    const { host: h, errors } = host({ content: [async () => broken(), async () => good()] });
    await vi.advanceTimersByTimeAsync(0);
    expect(h.show).toBeUndefined();
    expect(h.contentProblems?.[0]?.path).toBe('chapters[0].title');
    expect(errors()).toEqual(['data/chapters.json at chapters[0].title: expected some text']);
    await vi.advanceTimersByTimeAsync(CONTENT_POLL_MS);
    expect(h.contentProblems).toBeUndefined();
    expect(h.show?.index).toBe(0);
    h.stop();
  });

  it('shows the settings problems for 30 s; they stay in the log', async () => {
    const { host: h, logged } = host({ startup: [async () => startup({}, ['--idle=2: expected 5 to 3600'])] });
    await vi.advanceTimersByTimeAsync(0);
    expect(h.notices).toEqual(['--idle=2: expected 5 to 3600']);
    expect(logged).toContainEqual({ level: 'warn', message: '--idle=2: expected 5 to 3600' });
    await vi.advanceTimersByTimeAsync(NOTICE_SECONDS * 1000);
    expect(h.notices).toEqual([]);
    h.stop();
  });

  it('S opens the presenter view only where the settings allow it', async () => {
    const kiosk = host({ startup: [async () => startup({ kiosk: true, presenter: false })] });
    await vi.advanceTimersByTimeAsync(0);
    kiosk.host.openPresenter();
    expect(kiosk.platform.openPresenter).toHaveBeenCalledWith(false);
    kiosk.host.stop();
    const windowed = host();
    await vi.advanceTimersByTimeAsync(0);
    windowed.host.openPresenter();
    expect(windowed.platform.openPresenter).toHaveBeenCalledWith(true);
    windowed.host.stop();
  });

  it('outside the opening hours, it is closed', async () => {
    vi.setSystemTime(new Date(2024, 7, 11, 20, 0));
    const { host: h } = host({ startup: [async () => startup({ openingHours: '09:30-18:00' })] });
    await vi.advanceTimersByTimeAsync(0);
    expect(h.open).toBe(false);
    h.stop();
  });
});

describe('ShowHost, content edits', () => {
  it('a refused edit keeps the show and tells the operator; a good one reloads in the same chapter', async () => {
    const { host: h, logged } = host({ content: [async () => good(), async () => broken(), async () => good('edited')], hash: '#/atlantic' });
    await vi.advanceTimersByTimeAsync(0);
    const before = h.show;
    await vi.advanceTimersByTimeAsync(CONTENT_POLL_MS);
    expect(h.show).toBe(before);
    expect(h.operatorNotes).toEqual(['Content edit refused, the last good content stays on: data/chapters.json at chapters[0].title: expected some text']);
    await vi.advanceTimersByTimeAsync(CONTENT_POLL_MS);
    expect(h.show).not.toBe(before);
    expect(h.show?.current.content.id).toBe('atlantic');
    expect(h.operatorNotes).toEqual([]);
    expect(logged.at(-1)?.message).toMatch(/^content changed and reloaded: \d+ chapters, showing "atlantic"$/);
    h.stop();
  });
});

describe('ShowHost, errors in the show', () => {
  it('restarts the show in the same chapter at rest, later each time', async () => {
    const { host: h } = host();
    await vi.advanceTimersByTimeAsync(0);
    const reset = vi.fn();
    h.restartLater(new Error('boom'), reset);
    expect(h.trouble).toEqual({ kind: 'restarting' });
    await vi.advanceTimersByTimeAsync(4_999);
    expect(reset).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(reset).toHaveBeenCalledOnce();
    expect(h.trouble).toBeUndefined();
    h.restartLater(new Error('boom'), reset);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(reset).toHaveBeenCalledTimes(2);
    h.stop();
  });

  it('stopped, it leaves no timer behind', async () => {
    const { host: h, platform } = host();
    await vi.advanceTimersByTimeAsync(0);
    h.stop();
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(platform.loadContent).toHaveBeenCalledOnce();
  });
});

describe('ShowHost, in step by the clock (sync)', () => {
  const LOOP_MS = buildJourney(fixtureContent()).chapters.length * 10_000; // every fixture chapter dwells 10 s

  it('starts on the clock’s chapter, not the deep link’s, in step (offset 0), and reports the content’s hash', async () => {
    vi.setSystemTime(SYNC_EPOCH_MS + 7 * LOOP_MS + 25_000);
    const { host: h, logged } = host({ startup: [async () => startup({ autoplay: true, sync: true })], hash: '#/atlantic' });
    await vi.advanceTimersByTimeAsync(0);
    expect(h.show?.index).toBe(2);
    expect(h.show?.move.loop).toEqual({ start: SYNC_EPOCH_MS + 7 * LOOP_MS + 20_000, rejoin: false });
    expect(h.syncOffsetMs).toBe(0);
    expect(h.contentHash).toBe('hash-good');
    expect(logged.map((e) => e.message)).toContain(`content came in: hash hash-good, ${LOOP_MS / 10_000} chapters`);
    h.stop();
  });

  it('new content waits for the loop to start again, then shows from the clock’s chapter', async () => {
    vi.setSystemTime(SYNC_EPOCH_MS + 25_000);
    const { host: h } = host({ startup: [async () => startup({ autoplay: true, sync: true })], content: [async () => good(), async () => good('edited')] });
    await vi.advanceTimersByTimeAsync(0);
    const before = h.show;
    await vi.advanceTimersByTimeAsync(CONTENT_POLL_MS);
    expect(h.show).toBe(before);
    expect(h.contentHash).toBe('hash-good');
    await vi.advanceTimersByTimeAsync(LOOP_MS - 25_000 - CONTENT_POLL_MS - 1);
    expect(h.show).toBe(before);
    await vi.advanceTimersByTimeAsync(1);
    expect(h.show).not.toBe(before);
    expect(h.show?.index).toBe(0);
    expect(h.contentHash).toBe('hash-edited');
    h.stop();
  });

  it('without sync the offset is null and an edit shows at once', async () => {
    const { host: h } = host({ startup: [async () => startup({ autoplay: true })], content: [async () => good(), async () => good('edited')] });
    await vi.advanceTimersByTimeAsync(0);
    expect(h.syncOffsetMs).toBeNull();
    await vi.advanceTimersByTimeAsync(CONTENT_POLL_MS);
    expect(h.contentHash).toBe('hash-edited');
    h.stop();
  });
});
