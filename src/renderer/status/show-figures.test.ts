import { describe, expect, it } from 'vitest';
import type { ShowHost } from '../state/show-host.svelte';
import { modeOf } from './show-figures';

/** The host as modeOf reads it: open, trouble, content problems, the show's autoplay, the attract setting. */
const host = (over: Partial<Record<'open' | 'trouble' | 'contentProblems' | 'show' | 'attract', unknown>>): ShowHost =>
  ({ open: true, trouble: undefined, contentProblems: undefined, show: { autoplay: true }, attract: true, ...over }) as unknown as ShowHost;

describe('modeOf', () => {
  it.each([
    ['autoplay', {}],
    ['visitor', { show: { autoplay: false } }],
    ['presenter', { show: { autoplay: false }, attract: false }],
    ['closed', { open: false, trouble: { kind: 'stopped', cause: 'x' } }],
    ['stopped', { trouble: { kind: 'stopped', cause: 'x' } }],
    ['stopped', { show: undefined, contentProblems: [{ file: 'chapters.json', path: '', message: 'bad' }] }],
    ['restarting', { trouble: { kind: 'restarting' } }],
    ['starting', { show: undefined }],
  ])('reads %s', (mode, over) => {
    expect(modeOf(host(over))).toBe(mode);
  });
});
