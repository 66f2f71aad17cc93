// Property tests of `analyze` over arbitrary text: it never throws, and every finding points into the
// original string (not the normalised copy) with `text.slice(start, end) === value`.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../src/analyzer/create-analyzer.js';
import { generateLuhn, generateRic18 } from '../src/testing/generate-identifiers.js';

// Fragments that make findings likely (so that offsets are really exercised), and characters that move offsets
// or change width: full-width digits, zero-width characters, surrogate pairs and lone surrogates.
const ric = generateRic18('110105', '19491231', '002');
const card = generateLuhn('622202', 19);
const fragments = fc.constantFrom(
  ric,
  card,
  '13812345678',
  '+86 138 1234 5678',
  'zhang.san@example.com',
  '身份证号',
  '手机',
  '电话：',
  '１３８１２３４５６７８',
  '１１０１０５１９４９１２３１００２Ｘ',
  '\u200b',
  '\u200d',
  '\ufeff',
  '\u2060',
  '—',
  '－',
  '\u3000',
  '😀',
  '\ud800',
  '\udfff',
  '110105****0023',
  '138****5678',
  '京A12345',
  'İ',
  'Σ',
  '\n',
);
const anyText = fc
  .array(fc.oneof(fragments, fc.string({ unit: 'binary', maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 8 })), { maxLength: 30 })
  .map((parts) => parts.join(''));

describe('analyze properties', () => {
  const analyzer = createAnalyzer({ minScore: 0, now: new Date('2026-01-15T00:00:00Z') });

  it('never throws and keeps every finding inside the original text', () => {
    fc.assert(
      fc.property(anyText, fc.option(fc.string({ maxLength: 12 }), { nil: undefined }), (text, context) => {
        const found = analyzer.analyze(text, context === undefined ? {} : { context });
        for (const f of found) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.start).toBeLessThan(f.end);
          expect(text.slice(f.start, f.end)).toBe(f.value);
          expect(f.score).toBeGreaterThanOrEqual(0);
          expect(f.score).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('finds an ID number wherever it is put, at the right offsets, despite zero-width and full-width neighbours', () => {
    fc.assert(
      fc.property(anyText, anyText, (before, after) => {
        // A separator that no recogniser reads as part of a number keeps the ID a token of its own.
        const text = `${before}。身份证号 ${ric} 。${after}`;
        const at = text.indexOf(ric, before.length);
        const found = analyzer.analyze(text).filter((f) => f.entity === 'CN_RIC18');
        expect(found.some((f) => f.start === at && f.end === at + ric.length)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(JSON.stringify(analyzer.analyze(text))).toBe(JSON.stringify(analyzer.analyze(text)));
      }),
      { numRuns: 100 },
    );
  });
});
