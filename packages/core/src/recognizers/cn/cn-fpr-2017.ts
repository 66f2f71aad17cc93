import { defineRecognizer } from '../../recognizer.js';
import { DOCUMENT_NEGATIVE_CONTEXT } from './travel-document-context.js';

/** Foreigner permanent-residence ID card, 2017 version: ISO alpha-3 nationality + 12 digits; no public check, so context decides. */
export const cnFpr2017 = defineRecognizer({
  meta: {
    id: 'cn-fpr-2017',
    entity: 'CN_FPR2017',
    piType: 'PI.ID.FPR',
    country: 'CN',
    description:
      '外国人永久居留身份证 (2017): 15 characters = 3-letter nationality (ISO 3166 alpha-3) + 12 digits; format only, context required.',
    references: ['pi-taxonomy.md §3.2 (variants table)', 'NIA 2017 card description'],
    version: 1,
  },
  prefilter: /[A-Z]{3}\d{12}/,
  patterns: [{ name: 'fpr2017', regex: /(?<![0-9A-Za-z])[A-Z]{3}\d{12}(?![0-9A-Za-z])/g, score: 0.45 }],
  context: {
    words: [
      '永久居留',
      '永居证',
      '永居證',
      '外国人',
      '外國人',
      '居留证',
      '居留證',
      '绿卡',
      '綠卡',
      '证件号',
      '證件號',
      '身份证',
      '身份證',
      '身分證',
      'permanent resid',
      'foreigner',
      'green card',
      'pr card',
    ],
    negative: DOCUMENT_NEGATIVE_CONTEXT,
    required: true,
  },
  validate(value) {
    // The two digits after the nationality are the province of application (GB/T 2260), which rules out most codes.
    return /^(?:1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5])$/.test(value.slice(3, 5)) ? 'unchecked' : 'invalid';
  },
  mask: (value) => value.slice(0, 5) + '*'.repeat(6) + value.slice(-4),
});
