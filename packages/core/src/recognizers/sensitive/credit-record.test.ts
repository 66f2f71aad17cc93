import { describe, it } from 'vitest';
import { recognizerTests } from '../../testing/index.js';
import { creditRecord } from './credit-record.js';

describe('credit-record', () => {
  for (const t of recognizerTests(creditRecord, {
    valid: [
      {
        name: 'an overdue count',
        text: '借款人李四信用卡累计逾期6次',
        expect: [{ value: '累计逾期6次', piType: 'SPI.OTHER.CREDIT', class: 'sensitive' }],
      },
      { name: 'a bad credit record', text: '我的征信有不良记录，还能贷款吗', expect: [{ value: '征信有不良记录' }] },
      { name: 'a dishonest judgment debtor', text: '王五已被列入失信被执行人', expect: [{ value: '被列入失信被执行人' }] },
      { name: 'a credit score', text: '芝麻信用分：712', expect: [{ value: '芝麻信用分：712' }] },
    ],
    invalid: [
      { name: 'policy naming the category', text: '我们可能向征信机构查询您的征信信息' },
      { name: 'a loan product notice', text: '逾期将产生罚息，请按时还款' },
    ],
  })) {
    it(t.name, t.run);
  }
});
