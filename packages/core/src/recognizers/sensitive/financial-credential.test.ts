import { describe, it } from 'vitest';
import { recognizerTests } from '../../testing/index.js';
import { financialCredential } from './financial-credential.js';

describe('financial-credential', () => {
  for (const t of recognizerTests(financialCredential, {
    valid: [
      {
        name: 'CVV2 beside a card',
        text: '信用卡 CVV2 123',
        expect: [{ value: '123', piType: 'SPI.FIN.CREDENTIAL', class: 'sensitive', minScore: 0.9 }],
      },
      { name: 'expiry MM/YY', text: '卡号后四位1234，有效期 12/27', expect: [{ value: '12/27' }] },
      { name: 'payment password beside an account', text: '银行账号已绑定，支付密码：246810', expect: [{ value: '246810' }] },
      { name: 'English expiry', text: 'card expiry: 09/2029', expect: [{ value: '09/2029' }] },
    ],
    invalid: [
      { name: 'a login password is not a financial credential', text: '论坛登录密码：123456' },
      { name: 'policy naming the category', text: '我们不会收集您的银行卡密码、CVV码或有效期。' },
      { name: 'an expiry that is no month', text: '有效期 13/27' },
    ],
  })) {
    it(t.name, t.run);
  }
});
