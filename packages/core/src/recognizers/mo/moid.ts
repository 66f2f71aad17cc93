import { defineRecognizer } from '../../recognizer.js';
import { DOCUMENT_NEGATIVE_CONTEXT, OTHER_NUMBER_LABEL } from '../cn/travel-document-context.js';

/** Macao resident identity card (BIR) number: [157] + 6 digits + a check digit whose algorithm is not published. */
export const moid = defineRecognizer({
  meta: {
    id: 'moid',
    entity: 'MOID',
    piType: 'PI.ID.HK_MO_TW',
    country: 'MO',
    description: '澳门居民身份证: 1234567(8), first digit 1, 5 or 7; format only, so context is required.',
    references: ['pi-taxonomy.md §3.3', 'any-rule 澳门身份证'],
    version: 1,
  },
  prefilter: /[157]\d{6}/,
  patterns: [
    { name: 'bracketed', regex: /(?<![0-9A-Za-z])[157]\d{6} ?\(\d\)/g, score: 0.45 },
    { name: 'compact', regex: /(?<![0-9A-Za-z])[157]\d{7}(?![0-9A-Za-z(])/g, score: 0.3 },
  ],
  context: {
    words: [
      '澳门身份证',
      '澳門身份證',
      '澳门居民身份证',
      '澳門居民身份證',
      '澳門身分證',
      '身份证',
      '身份證',
      '身分證',
      '证件号',
      '證件號',
      '澳门',
      '澳門',
      'bir no',
      'bir number',
      'macau id',
      'macao id',
      'identity card',
      'id card',
    ],
    negative: DOCUMENT_NEGATIVE_CONTEXT,
    required: true,
  },
  validate(_value, { text, candidate }) {
    // A number labelled as something else (電話 12345678) is that thing, even with 身份證 nearby.
    return OTHER_NUMBER_LABEL.test(text.slice(Math.max(0, candidate.start - 12), candidate.start)) ? 'invalid' : 'unchecked';
  },
  // Macao practice shows the first digit and the check: 1******(8).
  mask: (value) => value[0] + value.slice(1).replace(/\d(?=.*\d)/g, '*'),
});
