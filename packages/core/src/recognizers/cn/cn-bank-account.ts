import { defineRecognizer } from '../../recognizer.js';
import { NEGATIVE_CONTEXT } from '../generic/negative-context.js';
import { labelBefore } from '../generic/label-before.js';

const ACCOUNT_WORDS: readonly string[] = [
  '账号',
  '帳號',
  '賬號',
  '账户',
  '帳戶',
  '賬戶',
  '开户行',
  '開戶行',
  '开户银行',
  '開戶銀行',
  '户名',
  '戶名',
  '收款账户',
  '对公账户',
  '對公帳戶',
  '银行账号',
  'account no',
  'account number',
  'acct',
  'bank account',
];

/** Bank account number (passbook, corporate or card-linked account): 10–30 digits, only with account context. */
export const cnBankAccount = defineRecognizer({
  meta: {
    id: 'cn-bank-account',
    entity: 'CN_BANK_ACCOUNT',
    piType: 'SPI.FIN.ACCOUNT_OTHER',
    country: 'CN',
    description:
      'Bank account number of 10–30 digits (no checksum; WeChat Pay limits [1-9]\\d{9,29}), reported only next to ' +
      'account words (账号 开户行 户名 收款账户); card numbers with a valid Luhn digit are left to bank-card.',
    references: ['pi-taxonomy.md §3.6', 'any-rule 银行账号', 'WeChat Pay merchant API account number limits'],
    version: 1,
  },
  prefilter: /\d{4}[ -]?\d{4}/,
  patterns: [
    { name: 'digits', regex: /(?<![0-9A-Za-z]|\d[.-])[1-9]\d{9,29}(?![0-9A-Za-z]|[.-]\d)/g, score: 0.2 },
    {
      name: 'grouped',
      regex: /(?<![0-9A-Za-z]|\d[.-])[1-9]\d{3}([ -])\d{4}(?:\1\d{4}){1,5}(?:\1\d{1,4})?(?![0-9A-Za-z]|[.-]\d)/g,
      score: 0.2,
    },
  ],
  context: {
    words: ACCOUNT_WORDS,
    negative: NEGATIVE_CONTEXT,
    required: true,
    after: 2,
  },
  validate(value, { text, candidate }) {
    // The account word must label this value, not a neighbour's ("账号：…；订单号：1097…").
    if (labelBefore(text, candidate.start, ACCOUNT_WORDS) === 'other') return 'invalid';
    const digits = value.replace(/[ -]/g, '');
    // A run of one repeated digit is a placeholder, not an account.
    if (/^(\d)\1+$/.test(digits)) return 'invalid';
    return { validation: 'unchecked', attributes: { length: digits.length } };
  },
  mask: (value) => {
    const n = value.replace(/\D/g, '').length;
    let i = 0;
    return value.replace(/\d/g, (d) => (i++ >= 4 && i <= n - 4 ? '*' : d));
  },
});
