import { describe, expect, it } from 'vitest';
import { fixtureContent } from './story-fixture.test-support';
import { buildJourney, type RelayStep } from './journey';
import { joinNames, layoutRelay, RELAY_LAYOUT_DEFAULTS, wrapWords } from './relay-layout';

const steps = buildJourney(fixtureContent()).relay;

/** The numbers in an SVG path, in order. */
const numbersIn = (d: string) => (d.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []).map(Number);

describe('joinNames', () => {
  it('joins names as "A, B & C"', () => {
    expect(joinNames(['Red Hot Chili Peppers', 'Billie Eilish', 'Snoop Dogg', 'Dr. Dre'])).toBe('Red Hot Chili Peppers, Billie Eilish, Snoop Dogg & Dr. Dre');
    expect(joinNames(['Karen Bass', 'Simone Biles'])).toBe('Karen Bass & Simone Biles');
  });

  it('leaves a single name alone and gives nothing for no names', () => {
    expect(joinNames(['Tom Cruise'])).toBe('Tom Cruise');
    expect(joinNames([])).toBe('');
  });
});

describe('wrapWords', () => {
  const text = 'Red Hot Chili Peppers, Billie Eilish, Snoop Dogg & Dr. Dre';

  it('keeps every line within the limit', () => {
    for (const max of [12, 16, 20, 30]) {
      for (const line of wrapWords(text, max)) expect(line.length, `max ${max}: "${line}"`).toBeLessThanOrEqual(max);
    }
  });

  it('keeps every word, in order', () => {
    expect(wrapWords(text, 16).join(' ')).toBe(text);
  });

  it('fills each line before starting the next', () => {
    const lines = wrapWords(text, 16);
    for (let i = 0; i < lines.length - 1; i++) {
      const nextWord = lines[i + 1]!.split(' ')[0]!;
      expect(lines[i]!.length + 1 + nextWord.length).toBeGreaterThan(16);
    }
  });

  it('puts a word longer than the limit on a line of its own, unbroken', () => {
    expect(wrapWords('Supercalifragilistic Eaton', 8)).toEqual(['Supercalifragilistic', 'Eaton']);
  });

  it('keeps a short text on one line', () => {
    expect(wrapWords('Tom Cruise', 30)).toEqual(['Tom Cruise']);
  });
});

describe('layoutRelay on a relay of five steps', () => {
  const { nodes, links } = layoutRelay(steps);
  const { width, height } = RELAY_LAYOUT_DEFAULTS;

  it('has one node per step, in the relay’s order, left to right', () => {
    expect(nodes.map((n) => n.step)).toEqual(steps);
    for (let i = 1; i < nodes.length; i++) expect(nodes[i]!.x).toBeGreaterThan(nodes[i - 1]!.x);
  });

  it('alternates labels above and below, starting above', () => {
    expect(nodes.map((n) => n.labelAbove)).toEqual(steps.map((_, i) => i % 2 === 0));
  });

  it('puts nodes labelled above higher on screen than those labelled below', () => {
    const above = nodes.filter((n) => n.labelAbove).map((n) => n.y);
    const below = nodes.filter((n) => !n.labelAbove).map((n) => n.y);
    expect(Math.max(...above)).toBeLessThan(Math.min(...below));
  });

  it('keeps every node inside the diagram', () => {
    for (const n of nodes) {
      expect(n.x - n.width / 2).toBeGreaterThanOrEqual(0);
      expect(n.x + n.width / 2).toBeLessThanOrEqual(width);
      expect(n.y - n.height / 2).toBeGreaterThanOrEqual(0);
      expect(n.y + n.height / 2).toBeLessThanOrEqual(height);
    }
  });

  it('keeps nodes from overlapping', () => {
    for (let i = 1; i < nodes.length; i++) {
      expect(nodes[i]!.x - nodes[i]!.width / 2).toBeGreaterThan(nodes[i - 1]!.x + nodes[i - 1]!.width / 2);
    }
  });

  it('makes a node wider for each extra mode (Cruise’s rope and motorcycle)', () => {
    const cruise = nodes[1]!;
    expect(cruise.step.modes).toHaveLength(2);
    expect(cruise.width).toBeGreaterThan(nodes[0]!.width);
  });

  it('joins each node to the next, from the right edge of one to the left edge of the other', () => {
    expect(links.map((l) => [l.from, l.to])).toEqual(nodes.slice(1).map((_, i) => [i, i + 1]));
    for (const link of links) {
      const from = nodes[link.from]!;
      const to = nodes[link.to]!;
      const numbers = numbersIn(link.d); // d3-path writes 3 decimals
      expect(link.d.startsWith('M')).toBe(true);
      expect(numbers[0]).toBeCloseTo(from.x + from.width / 2, 2);
      expect(numbers[1]).toBeCloseTo(from.y, 2);
      expect(numbers[numbers.length - 2]).toBeCloseTo(to.x - to.width / 2, 2);
      expect(numbers[numbers.length - 1]).toBeCloseTo(to.y, 2);
    }
  });

  it('labels each node with its carriers’ names, wrapped but complete', () => {
    for (const n of nodes) expect(n.nameLines.join(' ')).toBe(joinNames(n.step.carriers));
  });

  it('wraps the concert’s long list of names onto more than one line', () => {
    expect(nodes[nodes.length - 1]!.nameLines.length).toBeGreaterThan(1);
  });

  it('fits a narrower screen, still inside it', () => {
    const narrow = layoutRelay(steps, { width: 800 });
    for (const n of narrow.nodes) {
      expect(n.x - n.width / 2).toBeGreaterThanOrEqual(0);
      expect(n.x + n.width / 2).toBeLessThanOrEqual(800);
    }
  });
});

describe('layoutRelay edge cases', () => {
  const step: RelayStep = { index: 0, chapterIndex: 0, carriers: ['Tom Cruise'], modes: ['motorcycle'], action: { en: 'Ride', fr: 'À moto' } };

  it('centres a single step, with no links', () => {
    const { nodes, links } = layoutRelay([step], { width: 600 });
    expect(nodes).toHaveLength(1);
    expect(nodes[0]!.x).toBeCloseTo(300, 9);
    expect(links).toEqual([]);
  });

  it('makes room for the action in its longer language, so switching languages moves no label', () => {
    const long = { ...step, action: { en: 'Ride', fr: 'Descente en rappel, départ à moto' } };
    const [node] = layoutRelay([long], { width: 600 }).nodes;
    const [short] = layoutRelay([{ ...long, action: { en: long.action.fr, fr: 'Moto' } }], { width: 600 }).nodes;
    expect(node!.labelWidth).toBeGreaterThan(layoutRelay([step], { width: 600 }).nodes[0]!.labelWidth);
    expect(node!.labelWidth).toBe(short!.labelWidth);
  });

  it('draws nothing for no steps', () => {
    expect(layoutRelay([])).toEqual({ nodes: [], links: [] });
  });
});
