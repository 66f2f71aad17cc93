import { describe, it } from 'vitest';
import { generateVin, recognizerTests } from '../../testing/index.js';
import { vin } from './vin.js';

const chinese = generateVin('LSVAU2180N2183290');
const us = generateVin('1M8GDM9A0KP042788');
const broken = chinese.slice(0, 8) + (chinese[8] === '1' ? '2' : '1') + chinese.slice(9);

describe('vin', () => {
  for (const t of recognizerTests(vin, {
    valid: [
      { name: 'China WMI', text: chinese, expect: [{ value: chinese, validation: 'valid', attributes: { wmi: 'LSV', region: 'CN' } }] },
      { name: 'textbook example with X check', text: `VIN: ${us}`, expect: [{ value: us, minScore: 0.95 }] },
      { name: 'in Chinese text', text: `车架号${chinese}，发动机号略`, expect: [{ value: chinese }] },
    ],
    invalid: [
      { name: 'wrong check digit', text: broken },
      { name: 'contains O', text: `${chinese.slice(0, 16)}O` },
      { name: 'all digits', text: '12345678901234567' },
      { name: 'too long', text: `${chinese}7` },
      { name: 'lower case', text: chinese.toLowerCase() },
    ],
  })) {
    it(t.name, t.run);
  }
});
