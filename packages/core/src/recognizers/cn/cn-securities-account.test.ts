import { describe, it } from 'vitest';
import { recognizerTests } from '../../testing/index.js';
import { cnSecuritiesAccount } from './cn-securities-account.js';

describe('cn-securities-account', () => {
  for (const t of recognizerTests(cnSecuritiesAccount, {
    valid: [
      {
        name: 'Shanghai A-share account',
        text: '股东账户：A123456789',
        expect: [{ value: 'A123456789', attributes: { market: 'shanghai' }, class: 'sensitive' }],
      },
      { name: 'Shanghai B-share, traditional', text: '股東帳戶 B987654321', expect: [{ value: 'B987654321' }] },
      {
        name: 'Shenzhen 10 digits',
        text: '深A股东代码 0123456789',
        expect: [{ value: '0123456789', attributes: { market: 'shenzhen-or-fund' } }],
      },
      { name: 'fund account 12 digits', text: '资金账号: 310012345678', expect: [{ attributes: { market: 'fund' } }] },
      {
        name: 'next value belongs to another label',
        text: '股东账户：A920742249 发票号 32561362',
        expect: [{ value: 'A920742249', minScore: 0.9 }],
      },
      { name: 'English context', text: 'securities account A000012345', expect: [{ value: 'A000012345' }] },
    ],
    invalid: [
      { name: 'no context', text: 'A123456789' },
      { name: 'C prefix', text: '股东账户 C123456789' },
      { name: 'A + 8 digits', text: '股东账户 A12345678' },
      { name: '13 digits', text: '资金账号 3100123456789' },
      { name: 'placeholder', text: '资金账号 0000000000' },
      { name: 'landline subscriber after an area code', text: '证券账户开户电话：028-37788106' },
      { name: 'glued letters', text: '证券账户 XA123456789' },
    ],
  })) {
    it(t.name, t.run);
  }
});
