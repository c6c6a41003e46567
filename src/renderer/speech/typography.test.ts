import { describe, expect, it } from 'vitest';
import { curlySingleQuotes } from './typography';

describe('curlySingleQuotes', () => {
  it('turns a nested straight quotation into curly single quotes', () => {
    expect(curlySingleQuotes("sensational, or dare I say, 'Seine-sational.'")).toBe('sensational, or dare I say, ‘Seine-sational.’');
  });

  it('opens a quotation at the start of the text, after a bracket or a dash', () => {
    expect(curlySingleQuotes("'Yes,' she said")).toBe('‘Yes,’ she said');
    expect(curlySingleQuotes("('so')")).toBe('(‘so’)');
    expect(curlySingleQuotes("now—'then'")).toBe('now—‘then’');
  });

  it('makes apostrophes inside and at the end of words closing marks', () => {
    expect(curlySingleQuotes("the athletes' performances, Britain's flag")).toBe('the athletes’ performances, Britain’s flag');
  });

  it('leaves text without straight single quotes, and curly marks already there, as they are', () => {
    expect(curlySingleQuotes('Olympic Games of a new era')).toBe('Olympic Games of a new era');
    expect(curlySingleQuotes('‘Seine-sational.’')).toBe('‘Seine-sational.’');
  });

  it('changes only the marks: the words are the source’s, letter for letter', () => {
    const text = "sensational, or dare I say, 'Seine-sational.'";
    expect(curlySingleQuotes(text).replace(/[‘’]/g, "'")).toBe(text);
  });
});
