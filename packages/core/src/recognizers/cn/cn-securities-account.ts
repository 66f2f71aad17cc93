import { defineRecognizer } from '../../recognizer.js';
import { NEGATIVE_CONTEXT } from '../generic/negative-context.js';
import { labelBefore } from '../generic/label-before.js';

const SECURITIES_WORDS: readonly string[] = [
  '股东账户',
  '股東帳戶',
  '股东账号',
  '股東帳號',
  '股东代码',
  '股東代碼',
  '证券账户',
  '證券帳戶',
  '证券账号',
  '證券帳號',
  '资金账号',
  '資金帳號',
  '资金账户',
  '資金帳戶',
  '基金账户',
  '基金帳戶',
  '基金账号',
  '沪a',
  '深a',
  'shareholder account',
  'securities account',
  'fund account',
  'brokerage account',
];

/** Securities (shareholder) account or securities fund account number, only with securities context. */
export const cnSecuritiesAccount = defineRecognizer({
  meta: {
    id: 'cn-securities-account',
    entity: 'CN_SECURITIES_ACCOUNT',
    piType: 'SPI.FIN.ACCOUNT_OTHER',
    country: 'CN',
    description:
      'Shareholder account (Shanghai A/B + 9 digits; Shenzhen 10 digits) or securities fund account (资金账号, 8–12 digits), ' +
      'reported only next to securities words.',
    references: ['pi-taxonomy.md §3.6', 'China Securities Depository and Clearing (CSDC) account rules'],
    version: 1,
  },
  prefilter: /\d{8}/,
  patterns: [
    { name: 'shanghai', regex: /(?<![0-9A-Za-z]|\d[.-])[AB]\d{9}(?![0-9A-Za-z]|[.-]\d)/g, score: 0.35 },
    { name: 'digits', regex: /(?<![0-9A-Za-z]|\d[.-])\d{8,12}(?![0-9A-Za-z]|[.-]\d)/g, score: 0.3 },
  ],
  context: {
    words: SECURITIES_WORDS,
    negative: NEGATIVE_CONTEXT,
    required: true,
    after: 2,
  },
  validate(value, { text, candidate }) {
    const digits = value.replace(/^[AB]/, '');
    if (/^(\d)\1+$/.test(digits)) return 'invalid';
    const label = labelBefore(text, candidate.start, SECURITIES_WORDS);
    if (label === 'other') return 'invalid';
    const market = candidate.pattern === 'shanghai' ? 'shanghai' : digits.length === 10 ? 'shenzhen-or-fund' : 'fund';
    // Right after 股东账户 the value is an account even where it also fits another format (A + 9 digits is TWID-shaped).
    return { validation: 'unchecked', attributes: { market }, ...(label === 'labelled' ? { score: 0.9 } : {}) };
  },
});
