// Short texts (table cells) take a path of their own: prefilters and patterns that need a class run or a length the
// text lacks are skipped, patterns scan the whole text instead of the run index, and a column name's context words
// are remembered. None of it may change a finding: the analyzer is compared with the frozen reference on many
// generated cells under column names, and the needs it skips by are checked against the regexes' matches.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { email, mobile, residentId } from '../../../bench/corpus/identifiers.js';
import { Prng } from '../../../bench/corpus/prng.js';
import { PEOPLE_HEADER, personCells } from '../../../bench/scale/people-csv.js';
import { CHAR_CLASSES } from '../src/analyzer/char-classes.js';
import { createAnalyzer } from '../src/analyzer/create-analyzer.js';
import { longestRuns, RUN_INDEX, RUNS_LENGTH } from '../src/analyzer/longest-runs.js';
import { patternNeeds } from '../src/analyzer/pattern-shape.js';
import { builtinRecognizers } from '../src/recognizers/index.js';
import { createReferenceAnalyzer } from './reference-analyzer.js';

const now = new Date('2026-12-06T00:00:00Z');
const byDefault = { now };
const everything = { recognizers: builtinRecognizers, types: builtinRecognizers.map((r) => r.meta.id), minScore: 0, now };
const pairs = [byDefault, everything].map((o) => [createAnalyzer(o), createReferenceAnalyzer(o)] as const);

function expectSame(text: string, context: string | undefined): void {
  const call = context === undefined ? undefined : { context };
  for (const [fast, reference] of pairs) expect(fast.analyze(text, call)).toEqual(reference.analyze(text, call));
}

const COLUMNS = [...PEOPLE_HEADER, '', 'phone', '手机号码', '身份证', 'QQ', '银行卡号', '地址', '备注信息', 'face_feature', '民族', 'ssn'];

describe('the short-text path', () => {
  it('finds what the reference finds in the cells of a generated people table', () => {
    let findings = 0;
    for (let i = 0; i < 1500; i++) {
      personCells(new Prng(0x5ca1e + i), i).forEach((text, col) => {
        expectSame(text, PEOPLE_HEADER[col]);
        findings += pairs[0]![0].analyze(text, { context: PEOPLE_HEADER[col]! }).length;
      });
    }
    expect(findings).toBeGreaterThan(3000);
  });

  it('finds what the reference finds in generated short texts under column names', () => {
    const piece = fc.oneof(
      fc.integer().map((seed) => residentId(new Prng(seed))),
      fc.integer().map((seed) => mobile(new Prng(seed))),
      fc.integer().map((seed) => email(new Prng(seed))),
      fc.stringMatching(/^[0-9]{1,19}$/),
      fc.constantFrom('王伟', '李娜', '欧阳', '先生', '北京市海淀区', '路', '号', '已发货', '订单备注', '汉族', '离异', '血压'),
      fc.constantFrom(' ', '-', '.', '@', '*', '×', 'X', 'x', '#', '_', '+86 ', '：', ':', '(', 'AB', 'abc', 'Mr ', '\n'),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), fc.option(fc.constantFrom(...COLUMNS), { nil: undefined }), (parts, column) => {
        expectSame(parts.join(''), column);
      }),
      { numRuns: 2500 },
    );
  });

  it('finds the same in texts around the short-text limit', () => {
    const r = new Prng(99);
    for (const n of [1000, 1023, 1024, 1025, 1100]) {
      let text = '';
      while (text.length < n) text += `${residentId(r)} ${mobile(r)} ${email(r)} 王伟 `;
      expectSame(text.slice(0, n), '身份证号');
    }
  });
});

describe('what a pattern needs', () => {
  const regexes = builtinRecognizers.flatMap((r) => [r.prefilter, ...(r.patterns ?? []).map((p) => p.regex)]);
  const runs = new Int32Array(RUNS_LENGTH);

  it('reads the longest run of each class', () => {
    longestRuns('ab 1234-56@x', runs);
    expect(runs[RUN_INDEX.digit]).toBe(4);
    expect(runs[RUN_INDEX['digit-sep']]).toBe(8);
    expect(runs[RUN_INDEX.at]).toBe(1);
    expect(runs[RUN_INDEX.alnum]).toBe(4);
  });

  it('never asks more than a match holds, for every built-in prefilter and pattern', () => {
    const alphabet = fc.constantFrom(...'0123456789 -.@*×Xx#_?abcfAFZ王伟身份证号码手机电话：:，\n'.split(''));
    const samples = [
      ...Array.from({ length: 50 }, (_, i) => {
        const r = new Prng(i);
        return `身份证号 ${residentId(r)} 手机 ${mobile(r)} 邮箱 ${email(r)} 6222 0212 3456 7890`;
      }),
    ];
    const check = (text: string): void => {
      for (const re of regexes) {
        const g = new RegExp(re.source, re.flags.includes('g') ? re.flags.replace('y', '') : `${re.flags.replace('y', '')}g`);
        for (const m of text.matchAll(g)) {
          if (m[0].length === 0) continue;
          longestRuns(m[0], runs);
          for (const cls of CHAR_CLASSES) {
            const need = patternNeeds(re, cls);
            if (!need) continue;
            expect(m[0].length).toBeGreaterThanOrEqual(need.minLength);
            expect(runs[RUN_INDEX[cls]]).toBeGreaterThanOrEqual(need.run);
          }
        }
      }
    };
    for (const s of samples) check(s);
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }), (chars) => check(chars.join(''))),
      { numRuns: 300 },
    );
  });
});
