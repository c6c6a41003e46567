import { describe, expect, it } from 'vitest';
import { contentHash } from './content-hash';

describe('contentHash', () => {
  it('is FNV-1a 64: the empty text gives the offset basis, "a" its published value', () => {
    expect(contentHash([''])).toBe('cbf29ce484222325');
    expect(contentHash(['a'])).toBe('af63dc4c8601ec8c');
    expect(contentHash(['foobar'])).toBe('85944171f73967e8');
  });

  it('gives equal texts the same hash and any edit another', () => {
    const files = ['{"places":[]}', '{"chapters":[]}', '{"speeches":[]}'];
    expect(contentHash(files)).toBe(contentHash([...files]));
    expect(contentHash(files)).not.toBe(contentHash(['{"places":[]}', '{"chapters":[ ]}', '{"speeches":[]}']));
  });

  it('tells where one file ends and the next begins', () => {
    expect(contentHash(['ab', 'c'])).not.toBe(contentHash(['a', 'bc']));
  });
});
