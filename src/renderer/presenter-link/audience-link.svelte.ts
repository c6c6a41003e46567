/**
 * The audience window's side of the presenter view: it owns the show, applies
 * the commands a presenter sends, and sends its state after every change and
 * every command (and to a presenter that says hello). When its page goes
 * away it says so; a presenter that closes or reloads changes nothing here.
 */
import { untrack } from 'svelte';
import { newWindowId, parsePresenterMessage, type AudienceMessage } from '@model/presenter-messages';
import { recordAck } from '@model/presenter-sync';
import type { ShowState } from '@model/show-state';
import type { Show } from '../state/show.svelte';
import { WindowChannel } from './channel';
import { PRESENTER_INPUT } from '../controllers/idle';

export class AudienceLink {
  readonly #id = newWindowId();
  readonly #channel: WindowChannel;
  #acks: Record<string, number> = {};
  #sent: ShowState | null = null;
  #stop: (() => void) | null = null;

  constructor(
    private readonly show: Show,
    private readonly target: Window = window,
    channelName?: string,
  ) {
    this.#channel = new WindowChannel((data) => this.#receive(data), channelName);
  }

  bind(): void {
    this.unbind();
    this.#channel.bind();
    this.target.addEventListener('pagehide', this.#onPageHide);
    this.#stop = $effect.root(() => {
      $effect(() => {
        const state = this.show.state;
        untrack(() => this.#post(state));
      });
    });
  }

  unbind(): void {
    this.#stop?.();
    this.#stop = null;
    this.target.removeEventListener('pagehide', this.#onPageHide);
    this.#channel.unbind();
  }

  #receive(data: unknown): void {
    const message = parsePresenterMessage(data);
    if (!message) return;
    if (message.kind === 'command') {
      this.#acks = recordAck(this.#acks, message.from, message.seq);
      this.show.dispatch(message.command);
      // Someone is at the presenter view: the idle timer starts again, as for a key here.
      this.target.dispatchEvent(new Event(PRESENTER_INPUT));
    }
    this.#post(this.show.state, true);
  }

  /** Sends the state if it changed since last sent, or always (a reply). */
  #post(state: ShowState, always = false): void {
    if (!always && state === this.#sent) return;
    this.#sent = state;
    const message: AudienceMessage = {
      kind: 'state',
      audience: this.#id,
      chapter: this.show.journey.chapters[state.move.to]!.content.id,
      state,
      acks: this.#acks,
    };
    this.#channel.post(message);
  }

  #onPageHide = (): void => this.#channel.post({ kind: 'gone', audience: this.#id } satisfies AudienceMessage);
}
