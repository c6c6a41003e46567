/**
 * The presenter view's window, as an owner: its content (at start and after
 * edits, kept on the same chapter by the rule the show's window uses), its
 * link to the audience window and its keys. PresenterApp.svelte renders it.
 *
 * The keys are bound as soon as there is content to drive, and stay bound:
 * a presenter view opened on broken content takes its keys once the content
 * is fixed, as the show's window does.
 */
import type { ContentProblem } from '@model/content';
import { DEFAULT_LANG, type Lang } from '@shared/i18n';
import { reopenAt } from '@model/reload-chapter';
import { ContentWatcher, readFailed } from '../content/content-watcher';
import { loadContent, type LoadResult } from '../content/load-content';
import { KeyboardController } from '../controllers/keyboard';
import { log } from '../platform';
import { WindowChannel } from '../presenter-link/channel';
import { RemoteShow, remoteKeyTarget } from './remote-show.svelte';

export interface PresenterHostOptions {
  loadContent?: () => Promise<LoadResult>;
  /** The address's hash: a deep link names the chapter to show until the audience answers. */
  hash?: () => string;
  /** Where the keys are read: the window. */
  keys?: EventTarget;
  /** The channel's name, shared with the audience window. */
  channel?: string;
}

const logReadFailed = (error: unknown) => log({ level: 'error', message: `presenter view: ${readFailed(error)}` });

export class PresenterHost {
  #remote = $state.raw<RemoteShow>();
  #problems = $state.raw<ContentProblem[]>();
  readonly #channel: WindowChannel;
  readonly #keyboard: KeyboardController;
  readonly #watcher: ContentWatcher;
  readonly #load: () => Promise<LoadResult>;
  readonly #hash: () => string;
  readonly #keys: EventTarget | undefined;
  #running = false;

  constructor(options: PresenterHostOptions = {}) {
    this.#load = options.loadContent ?? loadContent;
    this.#hash = options.hash ?? (() => location.hash);
    this.#keys = options.keys;
    this.#channel = new WindowChannel((data) => this.#remote?.receive(data), options.channel);
    this.#watcher = new ContentWatcher((result) => this.follow(result), undefined, this.#load, logReadFailed);
    // The same key table and controller as the audience window; the commands go to the audience.
    this.#keyboard = new KeyboardController(remoteKeyTarget(() => this.#remote));
  }

  get remote(): RemoteShow | undefined {
    return this.#remote;
  }
  /** The content was broken when the view opened: its problems, until it is fixed. */
  get contentProblems(): ContentProblem[] | undefined {
    return this.#problems;
  }
  get lang(): Lang {
    return this.#remote?.show.lang ?? DEFAULT_LANG;
  }

  start(): void {
    this.#running = true;
    this.#channel.bind();
    void this.#load().then(
      (content) => {
        if (!this.#running) return;
        this.follow(content);
        this.#watcher.bind(content.signature);
      },
      (error: unknown) => {
        if (!this.#running) return;
        logReadFailed(error);
        this.#watcher.bind('');
      },
    );
  }

  stop(): void {
    this.#running = false;
    this.#watcher.unbind();
    this.#keyboard.unbind();
    this.#channel.unbind();
  }

  /** New content (at start, or edited): shown from the same chapter, then the audience is asked where it is. */
  follow(result: LoadResult): void {
    if (!result.ok) {
      if (!this.#remote) this.#problems = result.problems;
      return;
    }
    const shown = this.#remote?.show;
    const start = reopenAt(result.journey, shown, this.#hash());
    const first = !this.#remote;
    this.#remote = new RemoteShow(result.journey, (message) => this.#channel.post(message), { start, lang: shown?.lang });
    this.#problems = undefined;
    if (first) this.#keyboard.bind(this.#keys);
    this.#remote.hello();
  }
}
