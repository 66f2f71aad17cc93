import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTermTrie } from './term-trie.js';

/** The definition, spelled out: at each position the longest term that starts there. */
function naiveLongestAt(terms: ReadonlyMap<string, number>, text: string, start: number): { end: number; value: number } | undefined {
  if (start < 0 || start >= text.length) return undefined;
  let best: { end: number; value: number } | undefined;
  for (const [t, v] of terms) {
    if (t.length > 0 && text.startsWith(t, start) && (!best || start + t.length > best.end)) best = { end: start + t.length, value: v };
  }
  return best;
}

function naiveScan(terms: ReadonlyMap<string, number>, text: string): Array<{ start: number; end: number; value: number }> {
  const out: Array<{ start: number; end: number; value: number }> = [];
  for (let i = 0; i < text.length; ) {
    const m = naiveLongestAt(terms, text, i);
    if (m) {
      out.push({ start: i, ...m });
      i = m.end;
    } else i++;
  }
  return out;
}

// A small alphabet (with CJK characters, a surrogate half and U+0000) so that random terms and texts share
// prefixes, nest and overlap; 'a' is frequent, so that some nodes have more children than a slot-by-slot
// search covers.
const ALPHABET = [...'aaaaaaaaaabc北京市Z', '\ud83d', '\u0000', ...'defghijklmnopqrstuvwxy'];
const word = (min: number, max: number) =>
  fc.array(fc.constantFrom(...ALPHABET), { minLength: min, maxLength: max, size: 'max' }).map((cs) => cs.join(''));

describe('buildTermTrie', () => {
  it('finds the longest term at each position and scans leftmost-longest, as the definition says', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(word(0, 4), fc.integer()), { minLength: 0, maxLength: 300, size: 'max' }),
        word(0, 80),
        (entries, text) => {
          const trie = buildTermTrie(entries);
          const terms = new Map<string, number>();
          for (const [t, v] of entries) if (t.length > 0) terms.set(t, v);
          expect(trie.size).toBe(terms.size);
          for (let i = -1; i <= text.length; i++) expect(trie.longestAt(text, i)).toEqual(naiveLongestAt(terms, text, i));
          expect(trie.scan(text)).toEqual(naiveScan(terms, text));
          // nextStart never skips a position where a term starts, and stops at its limit.
          for (let i = -1; i <= text.length; i++) {
            for (const limit of [text.length, Math.max(0, i + 3)]) {
              const next = trie.nextStart(text, i, limit);
              const end = Math.min(limit, text.length);
              expect(next).toBeGreaterThanOrEqual(Math.max(0, Math.min(i, end)));
              expect(next).toBeLessThanOrEqual(end);
              for (let j = Math.max(0, i); j < next; j++) expect(naiveLongestAt(terms, text, j)).toBeUndefined();
            }
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('keeps the later value of a term added twice, and reads a one-character term at the end of a text', () => {
    const trie = buildTermTrie<string>([
      ['北京', 'first'],
      ['北京', 'second'],
      ['市', 'one'],
    ]);
    expect(trie.size).toBe(2);
    expect(trie.scan('北京市')).toEqual([
      { start: 0, end: 2, value: 'second' },
      { start: 2, end: 3, value: 'one' },
    ]);
    expect(trie.longestAt('北', 0)).toBeUndefined();
  });
});
