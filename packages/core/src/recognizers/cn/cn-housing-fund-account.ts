import { defineRecognizer } from '../../recognizer.js';
import { NEGATIVE_CONTEXT } from '../generic/negative-context.js';
import { labelBefore } from '../generic/label-before.js';

const HOUSING_FUND_WORDS: readonly string[] = ['公积金', '公積金', 'housing fund', 'provident fund'];

/** Housing provident fund (住房公积金) personal account number: local formats, so context decides. */
export const cnHousingFundAccount = defineRecognizer({
  meta: {
    id: 'cn-housing-fund-account',
    entity: 'CN_HOUSING_FUND_ACCOUNT',
    piType: 'SPI.FIN.ACCOUNT_OTHER',
    country: 'CN',
    description: 'Housing provident fund personal account (8–20 digits, formats set by each city), reported only next to 公积金 words.',
    references: ['pi-taxonomy.md §3.6', '住房公积金管理条例 (State Council Decree 262)'],
    version: 1,
  },
  prefilter: /\d{8}/,
  patterns: [{ name: 'digits', regex: /(?<![0-9A-Za-z]|\d[.-])\d{8,20}(?![0-9A-Za-z]|[.-]\d)/g, score: 0.3 }],
  context: {
    words: HOUSING_FUND_WORDS,
    negative: NEGATIVE_CONTEXT,
    required: true,
    before: 24,
    after: 2,
  },
  validate(value, { text, candidate }) {
    if (/^(\d)\1+$/.test(value)) return 'invalid';
    return labelBefore(text, candidate.start, HOUSING_FUND_WORDS, 16) === 'other' ? 'invalid' : 'unchecked';
  },
});
