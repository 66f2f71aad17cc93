import { describe, it } from 'vitest';
import { generateLuhn, generateLuhnFail, recognizerTests } from '../../testing/index.js';
import { cnIccid } from './cn-iccid.js';

const iccid20 = generateLuhn('898600', 20, '1357924680');
const iccid19 = generateLuhn('898601', 19, '2468');
const fail20 = generateLuhnFail('898603', 20, '97531');
// A 20-digit ICCID whose first 19 digits carry the Luhn digit and whose 20th is an operator digit.
const operatorDigit = `${generateLuhn('898602', 19, '11235')}7`;

describe('cn-iccid', () => {
  for (const t of recognizerTests(cnIccid, {
    valid: [
      { name: '20 digits, Luhn', text: iccid20, expect: [{ value: iccid20, validation: 'valid', piType: 'PI.DEVICE' }] },
      { name: '19 digits with context', text: `ICCID ${iccid19}`, expect: [{ value: iccid19, minScore: 0.95 }] },
      { name: 'Luhn fails but SIM context', text: `SIM卡号：${fail20}`, expect: [{ validation: 'unchecked' }] },
      { name: 'operator 20th digit', text: operatorDigit, expect: [{ validation: 'valid' }] },
    ],
    invalid: [
      { name: 'Luhn fails, no context', text: fail20 },
      { name: 'not China (89 44)', text: generateLuhn('894400', 20) },
      { name: '18 digits', text: `ICCID ${iccid20.slice(0, 18)}` },
      { name: '21 digits', text: `ICCID ${iccid20}1` },
    ],
  })) {
    it(t.name, t.run);
  }
});
