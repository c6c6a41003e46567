import { describe, expect, it } from 'vitest';
import { fill, formatCount, formatDistance } from './format';
import { EARTH_RADIUS_KM } from './geo';

const radians = (km: number) => km / EARTH_RADIUS_KM;
/** Intl separates French thousands with a narrow no-break space, and the unit with a no-break space. */
const spaces = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe('formatDistance', () => {
  it('writes thousands as each language does: 5,600 km in English, 5 600 km in French', () => {
    expect(formatDistance(radians(5_571), 'en')).toBe('5,600 km');
    expect(spaces(formatDistance(radians(5_571), 'fr'))).toBe('5 600 km');
  });

  it('never breaks a French distance across lines: its spaces are no-break spaces', () => {
    expect(formatDistance(radians(8_940), 'fr')).not.toMatch(/ /);
  });

  it('rounds to the kilometre under 1,000 km and to the tenth under 10 km, with each language’s decimal mark', () => {
    expect(formatDistance(radians(14.4), 'en')).toBe('14 km');
    expect(formatDistance(radians(4.24), 'en')).toBe('4.2 km');
    expect(spaces(formatDistance(radians(4.24), 'fr'))).toBe('4,2 km');
  });
});

describe('formatCount', () => {
  it('groups thousands as each language does', () => {
    expect(formatCount(1234, 'en')).toBe('1,234');
    expect(spaces(formatCount(1234, 'fr'))).toBe('1 234');
    expect(formatCount(17, 'fr')).toBe('17');
  });
});

describe('fill', () => {
  it('puts each value in its place and leaves an unknown placeholder as written, so a slip shows', () => {
    expect(fill('Chapitre {n} sur {count}', { n: '3', count: '17' })).toBe('Chapitre 3 sur 17');
    expect(fill('Go to chapter {digits}…', {})).toBe('Go to chapter {digits}…');
  });
});
