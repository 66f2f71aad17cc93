import { describe, it } from 'vitest';
import { recognizerTests } from '../../testing/index.js';
import { cnQq } from './cn-qq.js';

describe('cn-qq', () => {
  for (const t of recognizerTests(cnQq, {
    valid: [
      { name: 'QQ label', text: 'QQ：123456789', expect: [{ value: '123456789', piType: 'PI.NET.ACCOUNT', validation: 'unchecked' }] },
      { name: 'qq.com address', text: '邮箱 1234567890@qq.com', expect: [{ value: '1234567890' }] },
      { name: '5 digits (lower bound)', text: '扣扣 10001', expect: [{ value: '10001' }] },
      { name: '11 digits (upper bound)', text: 'qq号 12345678901', expect: [{ value: '12345678901' }] },
      { name: 'traditional', text: '企鵝號 88886666', expect: [{ value: '88886666' }] },
    ],
    invalid: [
      { name: 'no context', text: '123456789' },
      { name: '4 digits', text: 'QQ 1234' },
      { name: '12 digits', text: 'QQ 123456789012' },
      { name: 'leading zero', text: 'QQ 0123456' },
      { name: 'other mail domain', text: '1234567890@163.com' },
      { name: 'placeholder', text: 'QQ 11111111' },
      { name: 'decimal amount', text: 'QQ 金额 60314.74 元' },
      { name: 'landline after the QQ field', text: 'QQ：无，座机：0571-83860906' },
    ],
  })) {
    it(t.name, t.run);
  }
});
