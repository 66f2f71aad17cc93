import { defineRecognizer } from '../../recognizer.js';
import { NEGATIVE_CONTEXT } from '../generic/negative-context.js';
import { labelBefore } from '../generic/label-before.js';

const POSTCODE_WORDS: readonly string[] = ['邮编', '郵編', '邮政编码', '郵政編碼', '郵遞區號', 'postcode', 'postal code', 'zip'];

/** PRC postal code: 6 digits in an allocated range, only next to a postcode word (alone it is an area, not a person). */
export const cnPostcode = defineRecognizer({
  meta: {
    id: 'cn-postcode',
    entity: 'CN_POSTCODE',
    piType: 'PI.BASIC.ADDRESS',
    country: 'CN',
    description: 'PRC postal code (6 digits, allocated first-two-digit ranges), an address component reported only with postcode context.',
    references: ['pi-taxonomy.md §3.7', 'any-rule 邮政编码', 'China Post postal code allocation'],
    version: 1,
  },
  prefilter: /\d{6}/,
  patterns: [
    {
      name: 'postcode',
      regex: /(?<![0-9A-Za-z]|\d[.-])(?:0[1-7]|1[0-356]|2[0-7]|3[0-6]|4[0-7]|5[1-7]|6[1-7]|7[0-5]|8[013-6])\d{4}(?![0-9A-Za-z]|[.-]\d)/g,
      score: 0.3,
    },
  ],
  context: {
    words: POSTCODE_WORDS,
    negative: NEGATIVE_CONTEXT,
    required: true,
    before: 15,
    after: 2,
  },
  validate: (_value, { text, candidate }) => (labelBefore(text, candidate.start, POSTCODE_WORDS) === 'other' ? 'invalid' : 'unchecked'),
});
