/**
 * The BroadcastChannel the app's windows share: the audience window and the
 * presenter view. Passes on what arrives (to be validated by its reader) and
 * removes its listener when unbound.
 */
import { PRESENTER_CHANNEL } from '@model/presenter-messages';

export class WindowChannel {
  #channel: BroadcastChannel | null = null;

  constructor(
    private readonly onMessage: (data: unknown) => void,
    private readonly name: string = PRESENTER_CHANNEL,
  ) {}

  bind(): void {
    this.unbind();
    this.#channel = new BroadcastChannel(this.name);
    this.#channel.addEventListener('message', this.#receive);
  }

  unbind(): void {
    this.#channel?.removeEventListener('message', this.#receive);
    this.#channel?.close();
    this.#channel = null;
  }

  post(message: unknown): void {
    this.#channel?.postMessage(message);
  }

  #receive = (event: MessageEvent): void => this.onMessage(event.data);
}
