import { describe, expect, it } from 'vitest';
import { ibanFormatsV1 } from '../../data/iban-formats.v1.js';
import { generateIban, recognizerTests } from '../../testing/index.js';
import { iban } from './iban.js';

const gb = generateIban('GB', 'NWBK60161331926819');
const de = generateIban('DE', '370400440532013000');
const fr = generateIban('FR', '20041010050500013M02606');
const grouped = (v: string): string => v.replace(/(.{4})(?=.)/g, '$1 ');
const badCheck = `${gb.slice(0, 2)}${gb[2] === '9' ? '1' : '9'}${gb.slice(3)}`;
const vg = generateIban('VG', 'SCBL0000001234567890');
const deShort = generateIban('DE', '37040044053201300');
const nlLetterInAccount = generateIban('NL', 'ABNA0A17164300');

describe('iban', () => {
  for (const t of recognizerTests(iban, {
    valid: [
      {
        name: 'compact, no context',
        text: gb,
        expect: [
          { entity: 'IBAN', piType: 'SPI.FIN.CARD', class: 'sensitive', value: gb, validation: 'valid', attributes: { country: 'GB' } },
        ],
      },
      {
        name: 'groups of four in a sentence',
        text: `Please pay to IBAN ${grouped(de)} by Friday.`,
        expect: [{ value: grouped(de), minScore: 0.95 }],
      },
      { name: 'CJK neighbours', text: `收款账号${fr}，谢谢`, expect: [{ start: 4, end: 31 }] },
      { name: 'upper-case word after the IBAN is not swallowed', text: `${grouped(gb)} AND MORE`, expect: [{ value: grouped(gb) }] },
      { name: 'grouped, ending on a full group', text: `IBAN ${grouped(vg)} in a sentence`, expect: [{ value: grouped(vg) }] },
      { name: 'lower case', text: `my iban is ${gb.toLowerCase()}`, expect: [{ value: gb.toLowerCase(), validation: 'valid' }] },
      { name: 'space after the country code', text: `IBAN: DE ${de.slice(2)}`, expect: [{ value: `DE ${de.slice(2)}` }] },
    ],
    invalid: [
      { name: 'check digits wrong', text: badCheck },
      { name: 'too short for the country', text: deShort },
      { name: 'letter where the Dutch format has digits', text: nlLetterInAccount },
      { name: 'unknown country', text: generateIban('XX', '12345678901234') },
      { name: 'longer compact run', text: `${gb}7` },
      { name: 'grouped, with a stray short group after the last full group', text: `IBAN ${grouped(vg)} 0 in a sentence` },
      { name: 'glued to letters', text: `X${gb}` },
    ],
  })) {
    it(t.name, t.run);
  }

  it('every BBAN structure agrees with its country length', () => {
    for (const [cc, f] of Object.entries(ibanFormatsV1.bban)) {
      const sum = [...f.matchAll(/(\d+)!/g)].reduce((n, m) => n + Number(m[1]), 0);
      expect(sum + 4, cc).toBe(ibanFormatsV1.lengths[cc]);
    }
  });
});
