// The masked mobile and card recognisers gate on a glyph next to a cell, not on any glyph: findings stay the same
// only if every value their validators accept holds such a pair (then the window holds it too), and if every such
// value also passed the old prefilter (any glyph). Both are checked on generated masks and on random strings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Recognizer } from '../../recognizer.js';
import { cnBankCardMasked } from './cn-bank-card-masked.js';
import { cnMobileMasked } from './cn-mobile-masked.js';

const OLD: Array<[Recognizer, RegExp]> = [
  [cnMobileMasked, /[*×✱●•○#?_Xx]/],
  [cnBankCardMasked, /[*×✱●•○#?_]/],
];
// Context words of both recognisers before the value, so that the branches needing context are taken too.
const LEAD = '手机 卡号 银行卡 ';
const NOW = new Date('2026-01-01T00:00:00Z');

/** Runs every pattern over the text and asserts the implication for each accepted match; returns how many were accepted. */
function check(r: Recognizer, old: RegExp, body: string): number {
  const text = LEAD + body;
  let accepted = 0;
  for (const p of r.patterns ?? []) {
    const re = new RegExp(p.regex.source, p.regex.flags);
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const value = m[p.group ?? 0]!;
      const start = m.index;
      const candidate = { value, start, end: start + value.length, pattern: p.name, baseScore: p.score };
      const v = r.validate!(value, { text, candidate, now: NOW, context: '' });
      if ((typeof v === 'string' ? v : v.validation) === 'invalid') continue;
      accepted++;
      expect(r.prefilter.test(value), `${r.meta.id}: ${value}`).toBe(true);
      expect(old.test(value), `${r.meta.id}: ${value}`).toBe(true);
    }
  }
  return accepted;
}

const cell = fc.constantFrom(...'0123456789012345678901234567890123456789**##??__XXxx●•×○✱'.split(''));
const cells = (n: number) => fc.array(cell, { minLength: n, maxLength: n }).map((a) => a.join(''));
const sep = fc.constantFrom('', ' ', '-');

describe('masked prefilters: every accepted value holds a glyph next to a cell', () => {
  it('on generated mobile masks (plain, spaced, +86, relay)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.constantFrom('3', '5', '8', '9'), cells(9), sep, fc.constantFrom('', '+86 ', '0086'), (d, c, s, cc) => {
        accepted += check(cnMobileMasked, OLD[0]![1], `${cc}1${d}${c}`);
        accepted += check(cnMobileMasked, OLD[0]![1], `${cc}1${d}${c.slice(0, 1)}${s || ' '}${c.slice(1, 5)}${s || ' '}${c.slice(5)}`);
        accepted += check(cnMobileMasked, OLD[0]![1], `1${c.slice(0, 2)}${s}${c.slice(2, 6)}${s}${c.slice(6)}${d}转1234`);
      }),
      { numRuns: 4000 },
    );
    expect(accepted).toBeGreaterThan(200);
  });

  it('on generated card masks (grouped or not)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.constantFrom('62', '4', '5', '37', ''), cells(16), sep, (head, c, s) => {
        const body = `${head}${c}`.slice(0, 16);
        accepted += check(cnBankCardMasked, OLD[1]![1], body);
        accepted += check(cnBankCardMasked, OLD[1]![1], body.replace(/(.{4})(?=.)/g, `$1${s}`));
        accepted += check(cnBankCardMasked, OLD[1]![1], `${body.slice(0, 6)}******${body.slice(-4)}`);
      }),
      { numRuns: 4000 },
    );
    expect(accepted).toBeGreaterThan(200);
  });

  it('on random strings', () => {
    const any = fc.constantFrom(...'0123456789013456789*#?_Xx●• -转,+1'.split(''));
    fc.assert(
      fc.property(fc.array(any, { maxLength: 40 }), (chars) => {
        for (const [r, old] of OLD) check(r, old, chars.join(''));
      }),
      { numRuns: 4000 },
    );
  });
});
