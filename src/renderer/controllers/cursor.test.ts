// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CursorController } from './cursor';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('CursorController', () => {
  it('hides the pointer after 3 s without movement and shows it again when the mouse moves', () => {
    const target = new EventTarget();
    const root = document.createElement('div');
    const cursor = new CursorController();
    cursor.bind(target, root);
    vi.advanceTimersByTime(2900);
    expect(root.dataset.cursor).toBeUndefined();
    vi.advanceTimersByTime(200);
    expect(root.dataset.cursor).toBe('hidden');
    target.dispatchEvent(new Event('pointermove'));
    expect(root.dataset.cursor).toBeUndefined();
    vi.advanceTimersByTime(3000);
    expect(root.dataset.cursor).toBe('hidden');
    cursor.unbind();
  });

  it('after unbind, shows the pointer and no longer listens or hides it', () => {
    const target = new EventTarget();
    const remove = vi.spyOn(target, 'removeEventListener');
    const root = document.createElement('div');
    const cursor = new CursorController();
    cursor.bind(target, root);
    vi.advanceTimersByTime(3000);
    cursor.unbind();
    expect(root.dataset.cursor).toBeUndefined();
    expect(remove).toHaveBeenCalledWith('pointermove', expect.any(Function), { capture: true });
    vi.advanceTimersByTime(10_000);
    expect(root.dataset.cursor).toBeUndefined();
  });
});
