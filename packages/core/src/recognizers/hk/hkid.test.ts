import { describe, it } from 'vitest';
import { generateHkid, recognizerTests } from '../../testing/index.js';
import { hkid } from './hkid.js';

const one = generateHkid('C668668');
const two = generateHkid('XY123456');
const tenCheck = generateHkid('G123456'); // check character 'A'
const bracket = (v: string): string => `${v.slice(0, -1)}(${v.slice(-1)})`;
const wrong = one.slice(0, -1) + (one.endsWith('1') ? '2' : '1');

describe('hkid', () => {
  for (const t of recognizerTests(hkid, {
    valid: [
      {
        name: 'bracketed, no context',
        text: bracket(one),
        expect: [{ entity: 'HKID', piType: 'PI.ID.HK_MO_TW', value: bracket(one), validation: 'valid', minScore: 0.85 }],
      },
      { name: 'two letters, CJK neighbours', text: `香港身份證號碼${bracket(two)}。`, expect: [{ start: 7, end: 18, minScore: 0.95 }] },
      { name: 'check character A', text: `HKID ${bracket(tenCheck)}`, expect: [{ value: bracket(tenCheck) }] },
      {
        name: 'full-width brackets map back to the original span',
        text: `身份证：${one.slice(0, -1)}（${one.slice(-1)}）`,
        expect: [{ start: 4, end: 14 }],
      },
      { name: 'space before the bracket', text: `ID card ${one.slice(0, -1)} (${one.slice(-1)})`, expect: [{ validation: 'valid' }] },
      { name: 'compact form with context', text: `香港身分證 ${one}`, expect: [{ value: one, validation: 'unchecked' }] },
    ],
    invalid: [
      { name: 'wrong check character', text: `香港身份证 ${bracket(wrong)}` },
      { name: 'compact form without context', text: `code ${one}` },
      { name: 'glued to letters', text: `ABC${bracket(one).slice(1)}` },
      { name: 'inside a longer run', text: `${one}12345` },
      { name: 'three letters', text: `ZZ${bracket(two)}` },
    ],
  })) {
    it(t.name, t.run);
  }
});
