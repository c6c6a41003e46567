import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { App, Session, WebContents as ElectronWebContents } from 'electron';
import { app, fakeEvent, resetFakeElectron, Session as FakeSession, WebContents } from './fake-electron.test-support';
import { recordingLogger } from './recording-logger.test-support';
import { guardAllWebContents, guardWebContents, hardenSession } from './security';

vi.mock('electron', () => import('./fake-electron.test-support'));

beforeEach(resetFakeElectron);

function hardened() {
  const session = new FakeSession();
  const log = recordingLogger();
  hardenSession(session as unknown as Session, log);
  const request = (url: string) => {
    let response: { cancel?: boolean } | undefined;
    session.beforeRequest!({ url }, (answer) => (response = answer));
    return response;
  };
  return { session, log, request };
}

function guarded() {
  const contents = new WebContents();
  const log = recordingLogger();
  guardWebContents(contents as unknown as ElectronWebContents, log);
  return { contents, log };
}

describe('session', () => {
  it.each(['https://tile.openstreetmap.org/1/1/1.png', 'http://127.0.0.1:4173/', 'file:///etc/passwd', 'ws://example.com/', 'app://evil/index.html'])(
    'a request outside app:// is cancelled and logged: %s',
    (url) => {
      const { request, log } = hardened();
      expect(request(url)).toEqual({ cancel: true });
      expect(log.lines).toEqual([`warn: blocked request to ${url}`]);
    },
  );

  it.each(['app://handover/index.html', 'app://handover/data/chapters.json', 'devtools://devtools/bundled/inspector.html', 'data:image/png;base64,AAAA'])(
    'a request to the app itself goes through: %s',
    (url) => {
      expect(hardened().request(url)).toEqual({ cancel: false });
    },
  );

  it('every permission request and check is denied', () => {
    const { session } = hardened();
    const callback = vi.fn();
    session.permissionRequestHandler!(null, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(session.permissionCheckHandler!(null, 'geolocation')).toBe(false);
  });
});

describe('web contents', () => {
  it('window.open is denied', () => {
    const { contents } = guarded();
    expect(contents.windowOpenHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'app://handover/index.html' })).toEqual({ action: 'deny' });
  });

  it.each(['will-navigate', 'will-redirect'])('%s to another origin is prevented', (name) => {
    const { contents, log } = guarded();
    const event = fakeEvent({ url: 'https://example.com/' });
    contents.emit(name, event, event.url);
    expect(event.defaultPrevented).toBe(true);
    expect(log.lines).toEqual(['warn: prevented navigation to https://example.com/']);
  });

  it('navigation within app://handover is allowed', () => {
    const { contents } = guarded();
    const event = fakeEvent({ url: 'app://handover/index.html?autoplay' });
    contents.emit('will-navigate', event, event.url);
    expect(event.defaultPrevented).toBe(false);
  });

  it('a webview cannot attach', () => {
    const { contents } = guarded();
    const event = fakeEvent();
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });

  it('every web contents created later is guarded', () => {
    guardAllWebContents(app as unknown as App, recordingLogger());
    const contents = new WebContents();
    app.emit('web-contents-created', fakeEvent(), contents);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });
});
