import { describe, expect, it } from 'vitest';
import { chapterFromHash, chapterHash } from './deep-link';

const ids = ['overview', 'flame', 'rings'];

describe('deep links', () => {
  it('chapterHash(id) gives #/id, and chapterFromHash reads it back as the chapter index', () => {
    expect(chapterHash('flame')).toBe('#/flame');
    expect(chapterFromHash(chapterHash('rings'), ids)).toBe(2);
  });

  it('an id with characters that need escaping survives the round trip', () => {
    expect(chapterFromHash(chapterHash('a b/é'), ['x', 'a b/é'])).toBe(1);
  });

  it('names no chapter for an empty, foreign, unknown or malformed hash', () => {
    for (const hash of ['', '#', '#flame', '#/', '#/nope', '#/%E0%A4%A']) expect(chapterFromHash(hash, ids)).toBeNull();
  });
});
