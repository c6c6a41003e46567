/**
 * A small fake of exactly the Electron API that src/main uses, for
 * `vi.mock('electron', () => import('./fake-electron.test-support'))`. Events are
 * plain EventEmitters; tests emit what Electron would and read what was done.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

export interface FakeEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}

/** An Electron event object; `extra` adds fields such as `url`. */
export function fakeEvent<T extends object>(extra?: T): FakeEvent & T {
  const event = {
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
    ...extra,
  };
  return event as FakeEvent & T;
}

type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

export class WebContents extends EventEmitter {
  windowOpenHandler: WindowOpenHandler | null = null;
  destroyed = false;
  readonly reload = vi.fn();
  readonly forcefullyCrashRenderer = vi.fn();
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

export class BrowserWindow extends EventEmitter {
  static readonly created: BrowserWindow[] = [];
  readonly webContents = new WebContents();
  readonly show = vi.fn();
  readonly setBounds = vi.fn();
  readonly setKiosk = vi.fn();
  fullScreen = false;
  readonly setFullScreen = vi.fn((on: boolean) => void (this.fullScreen = on));
  isFullScreen(): boolean {
    return this.fullScreen;
  }
  readonly loadURL = vi.fn((_url: string) => Promise.resolve());
  readonly focus = vi.fn();
  readonly restore = vi.fn(() => (this.minimized = false));
  minimized = false;
  bounds = { x: 0, y: 0, width: 1920, height: 1080 };
  isMinimized(): boolean {
    return this.minimized;
  }
  getBounds() {
    return this.bounds;
  }
  isDestroyed(): boolean {
    return this.webContents.destroyed;
  }
  constructor(readonly options: Record<string, unknown>) {
    super();
    BrowserWindow.created.push(this);
  }
  /** Like a click on the close button: the window closes unless a 'close' listener prevents it. */
  close(): boolean {
    const event = fakeEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return false;
    this.webContents.destroyed = true;
    this.emit('closed');
    return true;
  }
}

export const Menu = { setApplicationMenu: vi.fn() };

export const protocol = {
  registerSchemesAsPrivileged: vi.fn(),
  handle: vi.fn<(scheme: string, handler: (request: Request) => Promise<Response>) => void>(),
  unhandle: vi.fn(),
};

export const app = new EventEmitter();

type Handler = (event: unknown, ...args: unknown[]) => unknown;

class IpcMain extends EventEmitter {
  readonly handlers = new Map<string, Handler>();
  handle(channel: string, handler: Handler): void {
    // Electron refuses a second handler for a channel, which is how leaks show up.
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  /** What ipcRenderer.invoke from a frame at `frameUrl` would get. */
  async invoke(channel: string, frameUrl: string | null, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler(senderEvent(frameUrl), ...args);
  }
  /** What ipcRenderer.send from a frame at `frameUrl` would do. */
  send(channel: string, frameUrl: string | null, ...args: unknown[]): void {
    this.emit(channel, senderEvent(frameUrl), ...args);
  }
}

function senderEvent(frameUrl: string | null) {
  return { senderFrame: frameUrl === null ? null : { url: frameUrl } };
}

export const ipcMain = new IpcMain();

type BeforeRequest = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;
type PermissionRequest = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
type PermissionCheck = (contents: unknown, permission: string) => boolean;

/** A session that records the handlers it is given. */
export class Session {
  permissionRequestHandler: PermissionRequest | null = null;
  permissionCheckHandler: PermissionCheck | null = null;
  beforeRequest: BeforeRequest | null = null;
  setPermissionRequestHandler(handler: PermissionRequest | null): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheck | null): void {
    this.permissionCheckHandler = handler;
  }
  readonly webRequest = {
    onBeforeRequest: (listener: BeforeRequest | null) => {
      this.beforeRequest = listener;
    },
  };
}

type BlockerType = 'prevent-app-suspension' | 'prevent-display-sleep';

/** powerSaveBlocker: ids of the blocks in force; `refuse` makes start() fail as an OS might. */
export class FakePowerSaveBlocker {
  readonly active = new Map<number, BlockerType>();
  refuse = false;
  #next = 1;
  start(type: BlockerType): number {
    const id = this.#next++;
    if (!this.refuse) this.active.set(id, type);
    return id;
  }
  stop(id: number): boolean {
    return this.active.delete(id);
  }
  isStarted(id: number): boolean {
    return this.active.has(id);
  }
}

export const powerSaveBlocker = new FakePowerSaveBlocker();

export function resetFakeElectron(): void {
  powerSaveBlocker.active.clear();
  powerSaveBlocker.refuse = false;
  BrowserWindow.created.length = 0;
  Menu.setApplicationMenu.mockClear();
  Object.values(protocol).forEach((fn) => fn.mockClear());
  app.removeAllListeners();
  ipcMain.removeAllListeners();
  ipcMain.handlers.clear();
}

export default { app, BrowserWindow, ipcMain, Menu, powerSaveBlocker, protocol };

type FakeDisplay = { id: number; label: string; bounds: { x: number; y: number; width: number; height: number } };

/** screen: the displays plugged in, the first being primary; plug/unplug emit what Electron would. */
export class FakeScreen extends EventEmitter {
  displays: FakeDisplay[] = [{ id: 1, label: 'Built-in', bounds: { x: 0, y: 0, width: 1920, height: 1080 } }];
  getAllDisplays() {
    return this.displays;
  }
  getPrimaryDisplay() {
    return this.displays[0]!;
  }
  plug(display: FakeDisplay) {
    this.displays.push(display);
    this.emit('display-added', {}, display);
  }
  unplug(id: number) {
    const display = this.displays.find((d) => d.id === id)!;
    this.displays = this.displays.filter((d) => d !== display);
    this.emit('display-removed', {}, display);
  }
}
