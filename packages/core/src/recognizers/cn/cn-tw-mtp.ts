import { defineRecognizer } from '../../recognizer.js';
import { DOCUMENT_NEGATIVE_CONTEXT, OTHER_NUMBER_LABEL as OTHER_LABEL } from './travel-document-context.js';

/** Taiwan compatriot permit (台湾居民来往大陆通行证, 台胞证): an 8-digit lifetime number; bare digits, so context is required. */
export const cnTwMtp = defineRecognizer({
  meta: {
    id: 'cn-tw-mtp',
    entity: 'TW_MTP',
    piType: 'PI.ID.TRAVEL_PERMIT',
    country: 'CN',
    description:
      '台湾居民来往大陆通行证 (台胞证): 8 digits on the card issued since 2015 (the old booklet: 10 digits + a letter); context required.',
    references: ['pi-taxonomy.md §3.3 (travel permits)'],
    version: 1,
  },
  prefilter: /\d{8}/,
  patterns: [
    { name: 'card', regex: /(?<![0-9A-Za-z])\d{8}(?![0-9A-Za-z])/g, score: 0.4 },
    { name: 'booklet', regex: /(?<![0-9A-Za-z])\d{10} ?\(?[A-Z]\)?(?![0-9A-Za-z])/g, score: 0.35 },
  ],
  context: {
    words: [
      '台胞证',
      '台胞證',
      '臺胞證',
      '来往大陆',
      '來往大陸',
      '台湾居民来往',
      '臺灣居民來往',
      '台灣居民來往',
      'mainland travel permit',
      'taiwan compatriot',
      'taiwan resident',
      'mtp no',
    ],
    negative: [...DOCUMENT_NEGATIVE_CONTEXT, '有效期', '签发日期', '簽發日期', '出生日期', '电话', '電話'],
    required: true,
  },
  validate(value, { text, candidate }) {
    // A number labelled as something else (电话 88886666) is that thing, even with 台胞证 nearby.
    if (OTHER_LABEL.test(text.slice(Math.max(0, candidate.start - 12), candidate.start))) return 'invalid';
    // An 8-digit date next to the permit is its validity, not its number.
    if (value.length === 8 && /^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/.test(value)) return 'invalid';
    return 'unchecked';
  },
  mask: (value) => value.slice(0, 2) + '*'.repeat(value.length - 4) + value.slice(-2),
});
