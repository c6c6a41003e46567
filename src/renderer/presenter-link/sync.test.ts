// @vitest-environment happy-dom
/**
 * The audience window and a presenter view, each with its end of a real
 * BroadcastChannel (Node's, which carries messages between objects as
 * browsers do between windows).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Journey } from '@model/journey';
import { Show } from '../state/show.svelte';
import { AudienceLink } from './audience-link.svelte';
import { WindowChannel } from './channel';
import { RemoteShow } from '../presenter/remote-show.svelte';

const CHANNEL = 'handover-presenter-test';

/** A story of five chapters: only ids matter here. */
const journey = {
  chapters: ['a', 'b', 'c', 'd', 'e'].map((id, index) => ({ index, content: { id } })),
  relay: [],
  places: [],
  areas: [],
} as unknown as Journey;

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((clean) => clean()));

function audienceWindow(start = 0) {
  const show = new Show(journey, { autoplay: false, start });
  const page = new EventTarget();
  const link = new AudienceLink(show, page as Window, CHANNEL);
  link.bind();
  cleanups.push(() => link.unbind());
  return { show, page, link };
}

/** `seen` collects the chapter the presenter shows after each message it receives. */
function presenterWindow(seen: number[] = []) {
  let remote: RemoteShow | undefined;
  const channel = new WindowChannel((data) => {
    remote?.receive(data);
    if (remote) seen.push(remote.show.index);
  }, CHANNEL);
  channel.bind();
  remote = new RemoteShow(journey, (message) => channel.post(message));
  remote.hello();
  cleanups.push(() => channel.unbind());
  return { remote, channel };
}

describe('the audience window and the presenter view', () => {
  it('a presenter that opens asks for the state and shows the audience’s chapter', async () => {
    audienceWindow(3);
    const { remote } = presenterWindow();
    await vi.waitFor(() => expect(remote.connection).toBe('connected'));
    expect(remote.show.index).toBe(3);
  });

  it('commands from the presenter move the audience; the audience’s own moves reach the presenter', async () => {
    const { show } = audienceWindow();
    const { remote } = presenterWindow();
    await vi.waitFor(() => expect(remote.connection).toBe('connected'));
    remote.dispatch({ type: 'next' });
    remote.dispatch({ type: 'next' });
    expect(remote.show.index).toBe(2);
    await vi.waitFor(() => expect(show.index).toBe(2));
    show.dispatch({ type: 'language' });
    show.dispatch({ type: 'prev' });
    await vi.waitFor(() => expect(remote.show.index).toBe(1));
    expect(remote.show.lang).toBe('fr');
  });

  it('a typed number and Enter sent together land on that chapter in both', async () => {
    const { show } = audienceWindow();
    const { remote } = presenterWindow();
    await vi.waitFor(() => expect(remote.connection).toBe('connected'));
    remote.dispatch({ type: 'digit', digit: 4 });
    remote.dispatch({ type: 'commit-digits' });
    await vi.waitFor(() => expect(show.index).toBe(3));
    await vi.waitFor(() => expect(remote.show.index).toBe(3));
  });

  it('the presenter never shows an older state after a newer key press', async () => {
    const { show } = audienceWindow();
    const seen: number[] = [];
    const { remote } = presenterWindow(seen);
    await vi.waitFor(() => expect(remote.connection).toBe('connected'));
    seen.length = 0;
    for (let i = 0; i < 4; i++) remote.dispatch({ type: 'next' });
    await vi.waitFor(() => expect(show.index).toBe(4));
    await vi.waitFor(() => expect(seen.length).toBeGreaterThanOrEqual(4));
    expect(
      seen.every((index) => index === 4),
      `shown after each reply: ${seen.join(', ')}`,
    ).toBe(true);
  });

  it('a presenter that goes away leaves the audience as it was; an audience that goes away is reported', async () => {
    const { show, page } = audienceWindow();
    const first = presenterWindow();
    await vi.waitFor(() => expect(first.remote.connection).toBe('connected'));
    first.channel.unbind();
    show.dispatch({ type: 'next' });
    expect(show.index).toBe(1);
    const second = presenterWindow();
    await vi.waitFor(() => expect(second.remote.show.index).toBe(1));
    page.dispatchEvent(new Event('pagehide'));
    await vi.waitFor(() => expect(second.remote.connection).toBe('gone'));
  });

  it('a message that is not one of ours is dropped', async () => {
    const { show } = audienceWindow();
    const stranger = new BroadcastChannel(CHANNEL);
    cleanups.push(() => stranger.close());
    stranger.postMessage({ kind: 'command', from: 'x', seq: 1, command: { type: 'advance' } });
    stranger.postMessage({ kind: 'command', from: 'x', seq: 2, command: { type: 'goto', index: 'last' } });
    stranger.postMessage({ kind: 'command', from: 'x', seq: 3, command: { type: 'next' } });
    await vi.waitFor(() => expect(show.index).toBe(1));
  });
});

describe('adopting the audience’s state', () => {
  it('keeps the move it has when a copy of the same move arrives, so the presenter’s pictures do not replay the leg', () => {
    const show = new Show(journey, { autoplay: false });
    show.dispatch({ type: 'next' });
    const move = show.move;
    show.adopt(structuredClone({ ...show.state, help: true }));
    expect(show.help).toBe(true);
    expect(show.move).toBe(move);
    show.adopt(structuredClone({ ...show.state, move: { ...show.state.move, to: 2, serial: move.serial + 1 } }));
    expect(show.move).not.toBe(move);
    expect(show.index).toBe(2);
  });
});
