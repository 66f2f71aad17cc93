import { describe, expect, it } from 'vitest';
import { replaceSpans } from './replace-spans.js';

describe('replaceSpans', () => {
  it('replaces stretches given in any order', () => {
    const spans = [
      { start: 6, end: 9, replacement: 'B' },
      { start: 0, end: 3, replacement: 'A' },
    ];
    expect(replaceSpans('abc---def---', spans)).toBe('A---B---');
  });

  it('skips a stretch that overlaps an earlier one, keeping the longer of two that start together', () => {
    const spans = [
      { start: 2, end: 4, replacement: 'x' },
      { start: 2, end: 8, replacement: 'LONG' },
      { start: 6, end: 10, replacement: 'y' },
    ];
    expect(replaceSpans('0123456789', spans)).toBe('01LONG89');
  });

  it('returns the text unchanged without stretches', () => {
    expect(replaceSpans('unchanged', [])).toBe('unchanged');
  });
});
