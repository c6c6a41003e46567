import { describe, expect, it } from 'vitest';
import { buildJourney } from './journey';
import { fixtureContent } from './story-fixture.test-support';
import { chapterAfterReload, reopenAt } from './reload-chapter';

const ids = ['paris', 'atlantic', 'la'];

describe('chapterAfterReload', () => {
  it('keeps the chapter on screen by its id, wherever the edit moved it', () => {
    expect(chapterAfterReload(['la', 'paris', 'atlantic'], { id: 'atlantic', index: 1 }, '')).toBe(2);
  });

  it('opens at the same place when that chapter is gone, or at the last one if the story got shorter', () => {
    expect(chapterAfterReload(ids, { id: 'gone', index: 1 }, '')).toBe(1);
    expect(chapterAfterReload(ids, { id: 'gone', index: 9 }, '')).toBe(2);
  });

  it('at start, opens at the deep link, or at the first chapter', () => {
    expect(chapterAfterReload(ids, null, '#/la')).toBe(2);
    expect(chapterAfterReload(ids, null, '#/nowhere')).toBe(0);
    expect(chapterAfterReload(ids, null, '')).toBe(0);
  });

  it('a deep link does not move a show already on screen', () => {
    expect(chapterAfterReload(ids, { id: 'paris', index: 0 }, '#/la')).toBe(0);
  });
});

describe('reopenAt', () => {
  const journey = buildJourney(fixtureContent());

  it('opens new content on the chapter the show had on screen, or at start on the deep link', () => {
    const shown = { current: journey.chapters[3]!, index: 3 };
    const edited = { ...journey, chapters: [journey.chapters[3]!, ...journey.chapters.slice(0, 3)] };
    expect(reopenAt(edited, shown, '#/concert')).toBe(0);
    expect(reopenAt(journey, undefined, '#/concert')).toBe(7);
  });
});
