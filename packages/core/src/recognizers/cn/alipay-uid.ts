import { defineRecognizer } from '../../recognizer.js';
import { NEGATIVE_CONTEXT } from '../generic/negative-context.js';
import { labelBefore } from '../generic/label-before.js';

const ALIPAY_WORDS: readonly string[] = [
  '支付宝',
  '支付寶',
  'alipay',
  'user_id',
  'userid',
  'buyer_id',
  'seller_id',
  'uid',
  '用户号',
  '用戶號',
  '账号',
  '帳號',
  '账户',
  '帳戶',
];

/** Alipay user ID (支付宝用户号): 2088 followed by 12 digits; other Alipay accounts are phone numbers or e-mails. */
export const alipayUid = defineRecognizer({
  meta: {
    id: 'alipay-uid',
    entity: 'ALIPAY_UID',
    piType: 'SPI.FIN.ACCOUNT_OTHER',
    country: 'CN',
    description: 'Alipay user ID (2088 + 12 digits), reported next to Alipay or account words.',
    references: ['pi-taxonomy.md §3.6, §3.9', 'Alipay Open Platform: user_id / buyer_id (2088…)'],
    version: 1,
  },
  prefilter: /2088\d{12}/,
  patterns: [{ name: 'uid', regex: /(?<![0-9A-Za-z]|\d[.-])2088\d{12}(?![0-9A-Za-z]|[.-]\d)/g, score: 0.45 }],
  context: {
    words: ALIPAY_WORDS,
    negative: NEGATIVE_CONTEXT,
    required: true,
    after: 2,
  },
  validate: (_value, { text, candidate }) => (labelBefore(text, candidate.start, ALIPAY_WORDS) === 'other' ? 'invalid' : 'unchecked'),
});
