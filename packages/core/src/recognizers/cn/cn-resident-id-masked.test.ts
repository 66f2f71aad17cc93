import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMaskedRic } from '../../masking/masked-ric-pattern.js';
import { ricResidual } from '../../masking/ric-residual.js';
import { generateRic18, recognizerTests } from '../../testing/index.js';
import { cnResidentIdMasked } from './cn-resident-id-masked.js';

const woman1949 = generateRic18('110105', '19491231', '002');
const child2015 = generateRic18('440305', '20150601', '013');
const hide = (id: string, from: number, to: number, glyph = '*'): string => id.slice(0, from) + glyph.repeat(to - from) + id.slice(to);
// With one digit hidden, ten of the eleven check characters are reachable: the eleventh fits no number.
const impossible = '0123456789X'
  .split('')
  .map((c) => `${hide(woman1949, 16, 17).slice(0, 17)}${c}`)
  .find((m) => ricResidual(parseMaskedRic(m) as string, new Date('2026-01-15T00:00:00Z')).candidates === 0) as string;

describe('cn-resident-id-masked', () => {
  for (const t of recognizerTests(cnResidentIdMasked, {
    now: new Date('2026-01-15T00:00:00Z'),
    valid: [
      {
        name: '6 + 8 + 4 display mask is masked',
        text: `身份证号：${hide(woman1949, 6, 14)}`,
        expect: [{ entity: 'CN_RIC18', state: 'masked', start: 5, attributes: { region: '110105', sex: 'female' } }],
      },
      {
        name: 'bare 6 + 8 + 4 in a table cell',
        text: hide(woman1949, 6, 14),
        expect: [{ state: 'masked' }],
      },
      {
        name: 'visible birth year and month: partially masked',
        text: `证件号 ${hide(woman1949, 12, 18)}`,
        expect: [{ state: 'partially_masked' }],
      },
      {
        name: 'only the sequence hidden: 91 candidates, partially masked, birth date known',
        text: `身份证 ${hide(woman1949, 14, 17)}`,
        expect: [{ state: 'partially_masked', attributes: { residualCandidates: 91, birthDate: '1949-12-31' } }],
      },
      {
        name: 'one digit hidden: the checksum recovers it',
        text: `身份证 ${hide(woman1949, 16, 17)}`,
        expect: [{ state: 'exposed', validation: 'valid', attributes: { residualCandidates: 1 } }],
      },
      {
        name: 'full-width asterisks and bullet glyphs',
        text: `身份证 ${hide(woman1949, 6, 14, '＊')} 与 ${hide(woman1949, 6, 14, '●')}`,
        expect: [{ state: 'masked' }, { state: 'masked' }],
      },
      {
        name: 'X run is a mask, the final X a check digit',
        text: `ID No. ${hide(woman1949, 6, 14, 'X')}`,
        expect: [{ state: 'masked', attributes: { residualCandidates: 4184 } }],
      },
      {
        name: 'a child with a visible birth date is still a minor, and sensitive',
        text: `学生身份证 ${hide(child2015, 14, 18)}`,
        expect: [{ state: 'partially_masked', class: 'sensitive', attributes: { minor: true, age: 10 } }],
      },
      {
        name: 'fixed-width mask with context',
        text: `身份证号 ${woman1949.slice(0, 10)}******`,
        expect: [{ state: 'masked' }],
      },
      {
        name: 'fixed-width mask under an ID column',
        text: `${woman1949.slice(0, 10)}******`,
        context: '身份证号',
        expect: [{ state: 'masked' }],
      },
      {
        name: '1 + 1 convention with context',
        text: `身份证号码 ${woman1949[0]}****************${woman1949[17]}`,
        expect: [{ state: 'masked' }],
      },
    ],
    invalid: [
      { name: 'a full number is not masked', text: `身份证 ${woman1949}` },
      { name: 'impossible check digit', text: `身份证 ${impossible}` },
      { name: 'February 30 visible', text: `身份证 ${hide(generateRic18('110105', '19900230', '001'), 14, 17)}` },
      { name: 'fixed-width mask without context', text: `${woman1949.slice(0, 10)}******` },
      { name: 'a row of asterisks', text: `身份证 ******************` },
      { name: 'separator line of X', text: 'XXXXXXXXXXXXXXXXXX' },
      { name: 'masked bank card is not an ID', text: '6222 **** **** 1234' },
      { name: 'glued to letters', text: `AB${hide(woman1949, 6, 14)}` },
    ],
  })) {
    it(t.name, t.run);
  }
});

describe('cn-resident-id-masked patterns', () => {
  // The patterns without their look-ahead for something hidden: every match they gave went to the validator.
  const unfiltered = (re: RegExp): RegExp => new RegExp(re.source.replace(/\(\?=\[0-9Xx[^\]]*\]\{0,17\}\(\?:[^)]*\)\)/, ''), re.flags);
  const matches = (re: RegExp, text: string): string[] =>
    [...text.matchAll(new RegExp(re.source, re.flags))].map((m) => `${m.index}:${m[0]}`);
  // Mostly digits, so that plain numbers (filtered now) and numbers with one glyph or X (kept) both come up.
  const cell = fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom(...'0123456789'.split('')) },
    { weight: 1, arbitrary: fc.constantFrom(...'Xx*×✱●•○#?_'.split('')) },
    { weight: 1, arbitrary: fc.constantFrom(' ', '-', 'a', 'Z') },
  );

  it('match what they matched before, less only values with nothing hidden (which the validator rejects)', () => {
    for (const { regex } of cnResidentIdMasked.patterns ?? []) {
      const before = unfiltered(regex);
      expect(before.source).not.toBe(regex.source);
      fc.assert(
        fc.property(fc.array(cell, { maxLength: 60 }), (cells) => {
          const text = cells.join('');
          const now = matches(regex, text);
          const was = matches(before, text);
          const kept = new Set(now);
          for (const m of now) expect(was).toContain(m);
          for (const m of was) if (parseMaskedRic(m.slice(m.indexOf(':') + 1)) !== undefined) expect(kept.has(m)).toBe(true);
        }),
        { numRuns: 3000 },
      );
    }
  });
});
