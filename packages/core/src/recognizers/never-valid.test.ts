// A pattern marked `neverValid` lets the analyzer skip validation where no context word is near, so the mark must be
// true: for every match of such a pattern in random identifier-like text, the validator answers anything but 'valid'
// and sets no score.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Verdict } from '../recognizer.js';
import { builtinRecognizers } from './index.js';

const marked = builtinRecognizers.flatMap((r) => (r.patterns ?? []).filter((p) => p.neverValid).map((p) => ({ r, p })));

describe('neverValid patterns', () => {
  it('are declared where the analyzer can use them', () => {
    expect(marked.map(({ r, p }) => `${r.meta.id}/${p.name}`)).toEqual(
      expect.arrayContaining(['cn-landline/local', 'cn-landline/compact', 'labelled-phone/grouped', 'us-ssn/bare']),
    );
  });

  for (const { r, p } of marked) {
    it(`${r.meta.id}/${p.name}: its validator never says valid nor sets a score`, () => {
      // A number as phone numbers and SSNs are written (digit groups between one separator, run together, with an
      // area code in brackets or an extension), between a label and a tail.
      const groups = fc
        .tuple(fc.array(fc.stringMatching(/^[0-9]{2,5}$/), { minLength: 2, maxLength: 5 }), fc.constantFrom(' ', '-', '.'))
        .map(([g, sep]) => g.join(sep));
      const value = fc.oneof(
        groups,
        fc.stringMatching(/^[0-9]{9}$/),
        fc
          .tuple(
            fc.stringMatching(/^[0-9]{3}$/),
            fc.stringMatching(/^[0-9]{2}$/),
            fc.stringMatching(/^[0-9]{4}$/),
            fc.constantFrom(' ', '-', '.'),
          )
          .map(([a, g, n, sep]) => [a, g, n].join(sep)),
        fc.stringMatching(/^0[1-9][0-9]{9,10}$/),
        fc.tuple(fc.stringMatching(/^0?[0-9]{2,3}$/), groups).map(([area, rest]) => `(${area}) ${rest}`),
        fc.tuple(groups, fc.constantFrom('-', '转', 'x', ' ext. '), fc.stringMatching(/^[0-9]{1,4}$/)).map((t) => t.join('')),
      );
      const label = fc.constantFrom('', '电话 ', '电话：', 'tel ', 'phone: ', 'fax ', 'SSN ', 'DE89 ', 'order ', '号码 ', 'a ');
      const tail = fc.constantFrom('', ' ', '，', '\n', ' x', '-1');
      const text = fc.tuple(label, value, tail).map((t) => t.join(''));
      let matches = 0;
      fc.assert(
        fc.property(text, fc.constantFrom('', 'phone', 'ssn'), (text, context) => {
          const re = new RegExp(p.regex.source, p.regex.flags);
          for (const m of text.matchAll(re)) {
            const value = m[p.group ?? 0];
            if (value === undefined || m[0].length === 0) continue;
            matches++;
            const start = m.index + m[0].indexOf(value);
            const candidate = { value, start, end: start + value.length, pattern: p.name, baseScore: p.score };
            const answer = r.validate?.(value, { text, candidate, now: new Date(0), context });
            const verdict: Verdict | undefined = typeof answer === 'string' ? { validation: answer } : answer;
            expect(verdict?.validation).not.toBe('valid');
            expect(verdict?.score).toBeUndefined();
          }
        }),
        { numRuns: 2000 },
      );
      expect(matches).toBeGreaterThan(50);
    });
  }
});
