import { describe, it } from 'vitest';
import { recognizerTests } from '../../testing/index.js';
import { cnMobile } from './cn-mobile.js';

describe('cn-mobile', () => {
  for (const t of recognizerTests(cnMobile, {
    valid: [
      {
        name: 'China Mobile',
        text: '13812345678',
        expect: [{ value: '13812345678', validation: 'valid', attributes: { carrier: 'china-mobile', mvno: false } }],
      },
      {
        name: 'Broadnet 192 with +86 and spaces',
        text: '电话 +86 192 1234 5678',
        expect: [{ value: '+86 192 1234 5678', attributes: { carrier: 'china-broadnet' } }],
      },
      { name: '0086 prefix, MVNO 162', text: '008616212345678', expect: [{ attributes: { carrier: 'china-telecom', mvno: true } }] },
      { name: 'Telecom 17400', text: '17400123456', expect: [{ attributes: { carrier: 'china-telecom' } }] },
      { name: 'data card 149', text: '14912345678', expect: [{ validation: 'valid' }] },
      { name: 'CJK neighbours', text: '手机13812345678号', expect: [{ start: 2, end: 13, minScore: 0.95 }] },
      { name: 'hyphenated 3-4-4', text: 'tel: 139-1234-5678', expect: [{ value: '139-1234-5678' }] },
    ],
    invalid: [
      { name: 'unallocated 154', text: '15412345678' },
      { name: 'unallocated 194', text: '19412345678' },
      { name: '146 is IoT', text: '14612345678' },
      { name: 'starts 12', text: '12345678901' },
      { name: 'inside a longer number', text: '138123456789' },
      { name: 'glued to letters', text: 'abc13812345678' },
      { name: 'account part of a Norwegian IBAN', text: 'NO 02 15037577003' },
    ],
  })) {
    it(t.name, t.run);
  }
});
