// Catastrophic-backtracking bait for every built-in recogniser (new ones are covered automatically): each
// pattern and prefilter runs over 1 MB of adversarial text, and each recogniser runs end to end through the
// analyzer, within bounds generous enough for a loaded CI machine and far below what super-linear time takes.
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../src/analyzer/create-analyzer.js';
import { builtinRecognizers } from '../src/recognizers/index.js';

const MB = 1_000_000;
const PATTERN_BUDGET_MS = 3000;
const ANALYZER_BUDGET_MS = 8000;

function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

// Shapes that make backtracking engines suffer: long runs a pattern almost accepts, separators repeated where
// it allows one, near-misses one character short of a match, and the characters its classes are made of.
const ADVERSARIAL: Record<string, string> = {
  'digit run': repeatTo('1', MB),
  'digits and separators': repeatTo('12 34-56 ', MB),
  'dots and digits': repeatTo('1.', MB),
  'almost an ID number': repeatTo('11010519491231002a', MB),
  'almost a mobile or card': repeatTo('+86 138 1234 567x 6222 0212 3456 7890 12-', MB),
  'letters and digits': repeatTo('aA0', MB),
  'capitals and digits': repeatTo('AB123456', MB),
  'at signs and dots': repeatTo('a.b@', MB),
  'hex and colons': repeatTo('ff:', MB),
  'mask glyphs': repeatTo('1*', MB),
  'CJK and context words': repeatTo('身份证号码手机账号京A字第', MB),
  'brackets, spaces, newlines': repeatTo('(1) \n', MB),
};

function scanAll(re: RegExp, text: string): number {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  let n = 0;
  for (let m = g.exec(text); m !== null; m = g.exec(text)) {
    n++;
    if (m[0].length === 0) g.lastIndex++;
  }
  return n;
}

describe('hostile input: patterns run in linear time on 1 MB', () => {
  for (const r of builtinRecognizers) {
    const regexes: Array<[string, RegExp]> = [
      ['prefilter', r.prefilter],
      ...(r.patterns ?? []).map((p): [string, RegExp] => [p.name, p.regex]),
    ];
    it(`${r.meta.id}: ${regexes.length} regexes × ${Object.keys(ADVERSARIAL).length} inputs`, () => {
      const slow: string[] = [];
      for (const [name, re] of regexes) {
        for (const [kind, text] of Object.entries(ADVERSARIAL)) {
          const t0 = performance.now();
          scanAll(re, text);
          const ms = performance.now() - t0;
          if (ms > PATTERN_BUDGET_MS) slow.push(`${name} on "${kind}": ${ms.toFixed(0)} ms`);
        }
      }
      expect(slow, `super-linear regexes in ${r.meta.id}`).toEqual([]);
    }, 120_000);
  }
});

describe('hostile input: every recogniser end to end through the analyzer', () => {
  // All recognisers at once, off-by-default ones included, on 64 KB of each input: this exercises `find`
  // functions, validators and context lookups on every window shape without making the suite slow.
  const analyzer = createAnalyzer({ recognizers: builtinRecognizers, types: builtinRecognizers.map((r) => r.meta.id), minScore: 0 });
  for (const [kind, full] of Object.entries(ADVERSARIAL)) {
    it(`"${kind}" finishes and keeps offsets in bounds`, () => {
      const text = full.slice(0, 64_000);
      const t0 = performance.now();
      const found = analyzer.analyze(text);
      expect(performance.now() - t0).toBeLessThan(ANALYZER_BUDGET_MS);
      for (const f of found) expect(f.start >= 0 && f.end <= text.length && text.slice(f.start, f.end) === f.value).toBe(true);
    }, 60_000);
  }
});
