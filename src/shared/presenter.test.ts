import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from './config';
import { formatElapsed, isPresenterView, presenterAllowed } from './presenter';

describe('presenter view', () => {
  it('?view=presenter is the presenter view; other addresses are the show', () => {
    expect(isPresenterView('?view=presenter')).toBe(true);
    expect(isPresenterView('?windowed&view=presenter')).toBe(true);
    expect(isPresenterView('?presenter')).toBe(false);
    expect(isPresenterView('')).toBe(false);
  });

  it('S may open it in a windowed show, or in a kiosk started with --presenter, never in a plain kiosk', () => {
    expect(presenterAllowed({ ...DEFAULT_SETTINGS, kiosk: false })).toBe(true);
    expect(presenterAllowed({ ...DEFAULT_SETTINGS, kiosk: true, presenter: true })).toBe(true);
    expect(presenterAllowed({ ...DEFAULT_SETTINGS, kiosk: true })).toBe(false);
  });

  it('elapsed time reads m:ss under an hour and h:mm:ss after', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(65_999)).toBe('1:05');
    expect(formatElapsed(3_665_000)).toBe('1:01:05');
    expect(formatElapsed(-5)).toBe('0:00');
  });
});
