/**
 * A window that shows one part of a show led by another window (the map on
 * one display, the story on the next): it owns nothing of the show. It draws
 * the leading window's state as it arrives over the presenter view's channel,
 * and sends its keys there, as the presenter view does. So it runs no
 * autoplay, idle timer or content watcher of its own that could drift: it
 * reads the content again only when a new leading window speaks (a reload,
 * an edit the leader took). The opening hours, a rule of the clock, are its own.
 */
import type { ContentProblem } from '@model/content';
import { parseAudienceMessage } from '@model/presenter-messages';
import type { Settings } from '@shared/config';
import type { Startup } from '@shared/ipc';
import type { Part } from '@shared/parts';
import { loadContent, type LoadResult } from '../content/load-content';
import { KeyboardController } from '../controllers/keyboard';
import { OpeningHoursController } from '../controllers/opening-hours';
import { getStartup, log } from '../platform';
import { WindowChannel } from '../presenter-link/channel';
import { RemoteShow, remoteKeyTarget } from '../presenter/remote-show.svelte';

export interface FollowerHostOptions {
  loadContent?: () => Promise<LoadResult>;
  getStartup?: () => Promise<Startup>;
  /** Where the keys are read: the window. */
  keys?: EventTarget;
  /** The channel's name, shared with the leading window. */
  channel?: string;
}

export class FollowerHost {
  #remote = $state.raw<RemoteShow>();
  #problems = $state.raw<ContentProblem[]>();
  #open = $state(true);
  readonly #channel: WindowChannel;
  readonly #keyboard: KeyboardController;
  readonly #load: () => Promise<LoadResult>;
  readonly #startup: () => Promise<Startup>;
  readonly #keys: EventTarget | undefined;
  #hours: OpeningHoursController | undefined;
  /** The leading window last heard from: another one means the content may have changed. */
  #leader: string | null = null;
  #running = false;

  constructor(
    readonly part: Exclude<Part, 'all'>,
    options: FollowerHostOptions = {},
  ) {
    this.#load = options.loadContent ?? loadContent;
    this.#startup = options.getStartup ?? getStartup;
    this.#keys = options.keys;
    this.#channel = new WindowChannel((data) => this.#receive(data), options.channel);
    this.#keyboard = new KeyboardController(remoteKeyTarget(() => this.#remote));
  }

  get remote(): RemoteShow | undefined {
    return this.#remote;
  }
  get contentProblems(): ContentProblem[] | undefined {
    return this.#problems;
  }
  /** Outside the opening hours the screen is black, as the leading window's. */
  get open(): boolean {
    return this.#open;
  }

  start(): void {
    this.#running = true;
    this.#channel.bind();
    void this.#startup().then(
      ({ settings }) => this.#running && this.#keepHours(settings),
      (error: unknown) => log({ level: 'warn', message: `${this.part} part: no settings, so no opening hours: ${String(error)}` }),
    );
    void this.#read();
  }

  stop(): void {
    this.#running = false;
    this.#hours?.unbind();
    this.#keyboard.unbind();
    this.#channel.unbind();
  }

  #keepHours(settings: Settings): void {
    this.#hours = new OpeningHoursController(settings.openingHours, (open) => (this.#open = open));
    this.#hours.bind();
  }

  /** Reads the content, then asks the leading window where the show is. */
  async #read(): Promise<void> {
    let result: LoadResult;
    try {
      result = await this.#load();
    } catch (error) {
      log({ level: 'error', message: `${this.part} part: reading the content failed: ${String(error)}` });
      return;
    }
    if (!this.#running) return;
    if (!result.ok) {
      if (!this.#remote) this.#problems = result.problems;
      return;
    }
    const shown = this.#remote?.show;
    const first = !this.#remote;
    this.#remote = new RemoteShow(result.journey, (message) => this.#channel.post(message), { start: shown?.index, lang: shown?.lang });
    this.#problems = undefined;
    if (first) this.#keyboard.bind(this.#keys);
    this.#remote.hello();
  }

  #receive(data: unknown): void {
    const message = parseAudienceMessage(data);
    if (message?.kind === 'state' && message.audience !== this.#leader) {
      const again = this.#leader !== null;
      this.#leader = message.audience;
      // A new leading window (reloaded, or showing an edit): take the content it reads, then its state.
      if (again) void this.#read();
    }
    this.#remote?.receive(data);
  }
}
