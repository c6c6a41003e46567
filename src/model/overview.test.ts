import { describe, expect, it } from 'vitest';
import { overviewGrid, stepSelection } from './overview';

describe('overviewGrid', () => {
  it('lays 17 chapters out on 6 columns and 3 rows: wider than tall, as the screen', () => {
    expect(overviewGrid(17)).toEqual({ columns: 6, rows: 3 });
  });

  it('has a place for every card, and no empty row, for any number of chapters', () => {
    for (let count = 1; count <= 40; count++) {
      const { columns, rows } = overviewGrid(count);
      expect(columns * rows, `${count} cards`).toBeGreaterThanOrEqual(count);
      expect(columns * (rows - 1), `${count} cards`).toBeLessThan(count);
      expect(columns, `${count} cards`).toBeGreaterThanOrEqual(rows);
    }
  });

  it('puts a few chapters on one row', () => {
    expect(overviewGrid(3)).toEqual({ columns: 3, rows: 1 });
  });
});

describe('stepSelection (17 cards, 6 a row)', () => {
  it('left and right move one card and stop at the ends', () => {
    expect(stepSelection(0, 'right', 17)).toBe(1);
    expect(stepSelection(0, 'left', 17)).toBe(0);
    expect(stepSelection(16, 'right', 17)).toBe(16);
    expect(stepSelection(5, 'right', 17)).toBe(6);
  });

  it('up and down move a row, and stay put where there is no card above or below', () => {
    expect(stepSelection(2, 'down', 17)).toBe(8);
    expect(stepSelection(8, 'up', 17)).toBe(2);
    expect(stepSelection(2, 'up', 17)).toBe(2);
    expect(stepSelection(12, 'down', 17)).toBe(12);
  });

  it('Home and End go to the first and last card', () => {
    expect(stepSelection(9, 'first', 17)).toBe(0);
    expect(stepSelection(3, 'last', 17)).toBe(16);
  });
});
