/**
 * The presenter view's copy of the show. The audience window owns the show:
 * this copy applies the presenter's own commands at once and sends them on,
 * and takes the audience's state as it arrives (see @model/presenter-sync).
 */
import type { ShowCommand } from '@model/show-state';
import { newWindowId, parseAudienceMessage, type PresenterMessage } from '@model/presenter-messages';
import { stateOnJourney, takesState, type MirrorSync } from '@model/presenter-sync';
import type { Journey } from '@model/journey';
import type { Lang } from '@shared/i18n';
import { Show } from '../state/show.svelte';
import type { KeyTarget } from '../controllers/keyboard';

/** Whether the audience window has been heard from, and whether it is still there. */
export type Connection = 'waiting' | 'connected' | 'gone';

export class RemoteShow {
  /** The copy, read as the audience window reads its show. */
  readonly show: Show;
  readonly id = newWindowId();
  #connection = $state<Connection>('waiting');
  #sync: MirrorSync = { audience: null, sent: 0 };

  /** `send` carries a message to the audience window; `start` is the chapter to show until it answers. */
  constructor(
    journey: Journey,
    private readonly send: (message: PresenterMessage) => void,
    options: { start?: number; lang?: Lang } = {},
  ) {
    this.show = new Show(journey, { autoplay: false, ...options });
  }

  /** Asks the audience window for its state. */
  hello(): void {
    this.send({ kind: 'hello', from: this.id });
  }

  /** Applies a command here at once, and sends it to the audience window, which decides. */
  dispatch(command: ShowCommand): void {
    this.show.dispatch(command);
    this.#sync.sent += 1;
    this.send({ kind: 'command', from: this.id, seq: this.#sync.sent, command });
  }

  /** A message from the channel: untrusted until checked. */
  receive(data: unknown): void {
    const message = parseAudienceMessage(data);
    if (!message) return;
    if (message.kind === 'gone') {
      if (message.audience === this.#sync.audience) this.#connection = 'gone';
      return;
    }
    if (!takesState(this.#sync, message, this.id)) return;
    if (message.audience !== this.#sync.audience) this.#sync = { audience: message.audience, sent: 0 };
    this.show.adopt(
      stateOnJourney(
        message,
        this.show.journey.chapters.map((c) => c.content.id),
      ),
    );
    this.#connection = 'connected';
  }

  get connection(): Connection {
    return this.#connection;
  }
  /** What the keyboard controller reads (see controllers/keyboard.ts). */
  get digits() {
    return this.show.digits;
  }
  get chapterPrompt() {
    return this.show.chapterPrompt;
  }
  get overview() {
    return this.show.overview;
  }
  get count() {
    return this.show.count;
  }
  get current() {
    return this.show.current;
  }
}

/**
 * What a keyboard drives in a window that mirrors the show (the presenter
 * view, a follower part): whichever copy is current (a content edit makes a
 * new one), its commands sent on to the show's window. Read only once there is one.
 */
export function remoteKeyTarget(current: () => RemoteShow | undefined): KeyTarget {
  const remote = () => current()!;
  return {
    dispatch: (command) => current()?.dispatch(command),
    get digits() {
      return remote().digits;
    },
    get chapterPrompt() {
      return remote().chapterPrompt;
    },
    get overview() {
      return remote().overview;
    },
    get count() {
      return remote().count;
    },
    get current() {
      return remote().current;
    },
  };
}
