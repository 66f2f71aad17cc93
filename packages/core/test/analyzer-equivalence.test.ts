// The digit-run index must not change a single finding: the analyzer is compared with a frozen copy of the
// one before it on the benchmark's generated corpus, on hostile strings and on random strings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Prng } from '../../../bench/corpus/prng.js';
import { corpusLine } from '../../../bench/corpus/text-lines.js';
import { createAnalyzer } from '../src/analyzer/create-analyzer.js';
import { builtinRecognizers } from '../src/recognizers/index.js';
import { createReferenceAnalyzer } from './reference-analyzer.js';

// Every built-in recogniser, the ones off by default included, so that all patterns are compared.
const options = { recognizers: builtinRecognizers, types: builtinRecognizers.map((r) => r.meta.id), minScore: 0 };
const fast = createAnalyzer(options);
const reference = createReferenceAnalyzer(options);
// At the default threshold too, where candidates that only context can lift (`neverValid`) are judged context first.
const atDefault = { recognizers: builtinRecognizers, types: builtinRecognizers.map((r) => r.meta.id) };
const fastAtDefault = createAnalyzer(atDefault);
const referenceAtDefault = createReferenceAnalyzer(atDefault);

function expectSame(text: string): void {
  expect(fast.analyze(text)).toEqual(reference.analyze(text));
  expect(fastAtDefault.analyze(text)).toEqual(referenceAtDefault.analyze(text));
}

function corpus(seed: number, lines: number): string {
  const r = new Prng(seed);
  const out: string[] = [];
  for (let i = 0; i < lines; i++) out.push(corpusLine(r));
  return `${out.join('\n')}\n`;
}

describe('analyzer equivalence with the reference', () => {
  it('compares both analyzers over every recogniser', () => {
    expect(fast.recognizers.length).toBe(builtinRecognizers.length);
    expect(fast.recognizers.length).toBeGreaterThan(50);
  });

  it('finds the same on the generated corpus (several seeds, windows of every kind)', () => {
    let findings = 0;
    for (const seed of [1, 2, 3, 20260101]) {
      const text = corpus(seed, 3000);
      const expected = reference.analyze(text);
      findings += expected.length;
      expect(fast.analyze(text)).toEqual(expected);
      expect(fastAtDefault.analyze(text)).toEqual(referenceAtDefault.analyze(text));
    }
    expect(findings).toBeGreaterThan(1000);
  });

  it('finds the same when one huge line is cut hard into overlapping windows', () => {
    expectSame(corpus(7, 1500).replace(/\n/g, ' '));
    expectSame(corpus(8, 1500).replace(/\n/g, ''));
  });

  it('finds the same on hostile strings', () => {
    const units = [
      '1',
      '12 34-56 ',
      '1.',
      '11010519491231002a',
      '+86 138 1234 567x 6222 0212 3456 7890 12-',
      'aA0',
      'AB123456',
      '0086-10-1234567',
      '13800138000',
      '9',
      '1-',
      '1 ',
      '身份证号码1101051949123100',
      '92 123456 ',
    ];
    for (const u of units) {
      for (const n of [1, 2, 3, 7, 40, 5000]) expectSame(u.repeat(n));
    }
  });

  it('finds the same on random strings of digits, separators, letters and CJK', () => {
    const alphabet = fc.constantFrom(
      ...'0123456789012345678901234567890123456789 -.-/+()@:Xx*AaBbCGHKLMZ号身份证手机\n\t，：（）'.split(''),
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 300 }), (chars) => {
        expectSame(chars.join(''));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds the same on random strings built from identifier-like pieces', () => {
    const piece = fc.oneof(
      fc.stringMatching(/^[0-9]{1,20}$/),
      fc.constantFrom(
        ' ',
        '-',
        '.',
        '\n',
        'X',
        '*',
        '+86 ',
        '0086',
        '92',
        '460',
        '2088',
        'a',
        '号码 ',
        '@qq.com',
        '电话 ',
        'phone ',
        'ssn ',
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        expectSame(parts.join(''));
      }),
      { numRuns: 3000 },
    );
  });
});
