import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinRecognizers } from '../recognizers/index.js';
import { CHAR_CLASSES, type CharClass } from './char-classes.js';
import { classRuns, execAtRunStarts } from './class-runs.js';
import { edgeBounded } from './edge-bounded.js';
import { patternShape } from './pattern-shape.js';
import { runStart } from './run-start.js';

function globalMatches(re: RegExp, text: string): Array<[number, string]> {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  const out: Array<[number, string]> = [];
  for (let m = g.exec(text); m !== null; m = g.exec(text)) {
    if (m[0].length === 0) g.lastIndex++;
    else out.push([m.index, m[0]]);
  }
  return out;
}

describe('runStart', () => {
  it('reads the fixed lead before the run and the run a match starts with', () => {
    expect(runStart(/[HM]\d{8}/, 'digit')).toEqual({ lead: 1, pre: 8 });
    expect(runStart(/(?<![0-9A-Za-z])[A-Z]{3}\d{12}(?![0-9A-Za-z])/g, 'digit')).toEqual({ lead: 3, pre: 12 });
    expect(runStart(/(?<![0-9A-Za-z])89860\d{14,15}(?![0-9A-Za-z])/g, 'digit')).toEqual({ lead: 0, pre: 19 });
    expect(runStart(/[MFX<](?<=\d{7}[MFX<])\d{7}/, 'digit')).toEqual({ lead: 1, pre: 7 });
  });

  it('refuses where a match may start inside a run or after a variable lead', () => {
    expect(runStart(/89860\d{14}/, 'digit')).toBeUndefined();
    expect(runStart(/(?<![0-9])[A-Z]{1,2}\d{6}/g, 'digit')).toBeUndefined();
    expect(runStart(/[A-Z][1289A-D]\d{8}/, 'digit')).toBeUndefined();
    expect(runStart(/(?<!\d)\d{6}|x\d{6}/g, 'digit')).toBeUndefined();
    expect(runStart(/(?<![0-9A-Za-z])(?:\+|00)?86\d{11}/g, 'digit')).toBeUndefined();
  });

  it('tested at run starts, every built-in pattern it reads gives the matches of a global exec loop', () => {
    const cases: Array<{ re: RegExp; cls: CharClass; lead: number; pre: number; maxRun: number }> = [];
    for (const r of builtinRecognizers) {
      for (const re of [r.prefilter, ...(r.patterns ?? []).map((p) => p.regex)]) {
        for (const cls of CHAR_CLASSES) {
          const shape = patternShape(re, cls);
          const start = shape && shape.run >= 1 ? runStart(re, cls) : undefined;
          if (!shape || !start || start.pre < shape.run) continue;
          const maxRun = edgeBounded(re, cls) ? shape.maxLength : Number.POSITIVE_INFINITY;
          cases.push({ re, cls, ...start, maxRun });
        }
      }
    }
    expect(cases.length).toBeGreaterThan(30);
    // Mostly digits, so that runs as long as the identifiers' (15 to 20) come up.
    const alphabet = fc.constantFrom(...`${'0123456789'.repeat(8)}89860 -.+()@<Xx*#?_AaBCEFGHKLMZ号\n`.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 120 }), (chars) => {
        const text = chars.join('');
        for (const { re, cls, lead, pre, maxRun } of cases) {
          const sticky = new RegExp(re.source, `${re.flags.replace(/[gy]/g, '')}y`);
          const runs = classRuns(text, new Map([[cls, 1]])).get(cls)!;
          const got: Array<[number, string]> = [];
          execAtRunStarts(
            sticky,
            lead,
            pre,
            text,
            runs,
            (m, index) => {
              got.push([index, m[0]]);
              return false;
            },
            maxRun,
          );
          expect(got).toEqual(globalMatches(re, text));
        }
      }),
      { numRuns: 300 },
    );
  });
});
