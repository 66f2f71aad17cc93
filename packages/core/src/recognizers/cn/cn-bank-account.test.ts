import { describe, it } from 'vitest';
import { recognizerTests } from '../../testing/index.js';
import { cnBankAccount } from './cn-bank-account.js';

describe('cn-bank-account', () => {
  for (const t of recognizerTests(cnBankAccount, {
    valid: [
      {
        name: 'corporate account with 账号',
        text: '账号：11001234567890123456',
        expect: [{ value: '11001234567890123456', validation: 'unchecked', piType: 'SPI.FIN.ACCOUNT_OTHER', class: 'sensitive' }],
      },
      { name: '10 digits (lower bound)', text: '收款账户 3100123456', expect: [{ value: '3100123456' }] },
      {
        name: '30 digits (upper bound)',
        text: `开户行 工商银行 账号 1${'2345678901'.repeat(2)}234567890`,
        expect: [{ attributes: { length: 30 } }],
      },
      { name: 'grouped digits', text: '户名 张三 帳號 1100 1234 5678 9012', expect: [{ value: '1100 1234 5678 9012' }] },
      {
        name: 'only the labelled value of a form',
        text: '账号：3100123456789；订单号：1097398539087785457',
        expect: [{ value: '3100123456789' }],
      },
      { name: 'column context', text: '3100123456789', context: 'bank account', expect: [{ value: '3100123456789' }] },
    ],
    invalid: [
      { name: 'no context', text: '11001234567890123456' },
      { name: '9 digits', text: '账号 310012345' },
      { name: '31 digits', text: `账号 1${'2345678901'.repeat(3)}` },
      { name: 'leading zero', text: '账号 0100123456' },
      { name: 'repeated digit placeholder', text: '账号 1111111111' },
      { name: 'order number context only', text: '订单号 11001234567890123456' },
      { name: 'account word of the next field', text: '订单号：1097398539087785457；对公账户：' },
      { name: 'account word of an earlier field', text: '账号：6001；备注 3100123456789' },
    ],
  })) {
    it(t.name, t.run);
  }
});
