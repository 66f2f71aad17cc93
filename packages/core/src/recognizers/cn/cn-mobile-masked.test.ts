import { describe, it } from 'vitest';
import { recognizerTests } from '../../testing/index.js';
import { cnMobileMasked } from './cn-mobile-masked.js';

describe('cn-mobile-masked', () => {
  for (const t of recognizerTests(cnMobileMasked, {
    valid: [
      {
        name: '3 + 4 convention is masked',
        text: '联系电话：138****5678',
        expect: [{ entity: 'CN_MOBILE', piType: 'PI.BASIC.PHONE', state: 'masked', start: 5, attributes: { residualCandidates: 10000 } }],
      },
      { name: 'bare, last four hidden', text: '1381234****', expect: [{ state: 'masked' }] },
      { name: 'spaced with +86', text: '+86 139 **** 0000', expect: [{ state: 'masked', start: 0 }] },
      { name: 'full-width asterisks', text: '手机 138＊＊＊＊5678', expect: [{ state: 'masked', start: 3 }] },
      { name: 'x as a mask', text: '手机号 186xxxx1234', expect: [{ state: 'masked' }] },
      {
        name: 'two digits hidden: partially masked',
        text: '收件人 张三 13812**5678',
        expect: [{ state: 'partially_masked', attributes: { residualCandidates: 100 } }],
      },
      { name: 'one digit hidden', text: '1381234567*', expect: [{ state: 'partially_masked' }] },
      { name: 'few digits shown, with a phone word', text: '电话 138********', expect: [{ state: 'masked' }] },
      {
        name: 'privacy waybill relay number',
        text: '收件人 张** 1xx xxxx xxxx转1234',
        expect: [{ state: 'masked', value: '1xx xxxx xxxx转1234' }],
      },
      { name: 'relay number, asterisks', text: '电话：138****5678-0123', expect: [{ state: 'masked', value: '138****5678-0123' }] },
    ],
    invalid: [
      { name: 'a full number is not masked', text: '13812345678' },
      { name: 'unallocated segment', text: '120****5678' },
      { name: 'few digits shown, no phone word', text: '138********' },
      { name: 'inside a longer masked run', text: '138****56781234' },
      { name: 'glued to letters', text: 'ab138****5678' },
      { name: 'masked ID number', text: '110105********002X' },
      { name: 'a lone x is not a mask', text: '+86 138 1234 567x' },
    ],
  })) {
    it(t.name, t.run);
  }
});
