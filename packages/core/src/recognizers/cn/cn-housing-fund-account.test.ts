import { describe, it } from 'vitest';
import { recognizerTests } from '../../testing/index.js';
import { cnHousingFundAccount } from './cn-housing-fund-account.js';

describe('cn-housing-fund-account', () => {
  for (const t of recognizerTests(cnHousingFundAccount, {
    valid: [
      {
        name: 'personal account',
        text: '公积金账号：123456789012',
        expect: [{ value: '123456789012', validation: 'unchecked', class: 'sensitive' }],
      },
      { name: 'traditional', text: '公積金帳號 87654321', expect: [{ value: '87654321' }] },
      { name: 'English', text: 'housing fund account 20230001234567', expect: [{ value: '20230001234567' }] },
    ],
    invalid: [
      { name: 'no context', text: '123456789012' },
      { name: 'too short', text: '公积金账号 1234567' },
      { name: 'too long', text: '公积金账号 123456789012345678901' },
      { name: 'placeholder', text: '公积金账号 00000000' },
      { name: 'context too far away', text: `公积金${'，'.repeat(30)}123456789012` },
    ],
  })) {
    it(t.name, t.run);
  }
});
