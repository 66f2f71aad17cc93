import { defineRecognizer } from '../../recognizer.js';
import { DOCUMENT_NEGATIVE_CONTEXT } from './travel-document-context.js';

/** Mainland residents' exit-entry permits: to Hong Kong/Macao (C + 8) and to Taiwan (L + 8); no check, context required. */
export const cnExitEntryPermit = defineRecognizer({
  meta: {
    id: 'cn-exit-entry-permit',
    entity: 'CN_EEP',
    piType: 'PI.ID.TRAVEL_PERMIT',
    country: 'CN',
    description:
      '往来港澳通行证 (C + 8 characters, the second may be a letter) and 大陆居民往来台湾通行证 (L + 8 digits); format only, context required.',
    references: ['pi-taxonomy.md §3.3 (travel permits)'],
    version: 1,
  },
  prefilter: /[CL][0-9A-Z]\d{7}/,
  patterns: [
    { name: 'hk-macao', regex: /(?<![0-9A-Za-z])C[0-9A-HJ-NP-Z]\d{7}(?![0-9A-Za-z])/g, score: 0.45 },
    { name: 'taiwan', regex: /(?<![0-9A-Za-z])L\d{8}(?![0-9A-Za-z])/g, score: 0.45 },
  ],
  context: {
    words: [
      '通行证',
      '通行證',
      '往来港澳',
      '往來港澳',
      '往来台湾',
      '往來臺灣',
      '往來台灣',
      '港澳通行',
      '赴台',
      '出入境',
      '证件号',
      '證件號',
      'exit-entry permit',
      'exit entry permit',
      'two-way permit',
      'travel permit',
      'eep',
    ],
    negative: DOCUMENT_NEGATIVE_CONTEXT,
    required: true,
  },
  validate(value) {
    return { validation: 'unchecked', attributes: { destination: value[0] === 'C' ? 'HK/MO' : 'TW' } };
  },
  mask: (value) => value.slice(0, 2) + '*'.repeat(5) + value.slice(-2),
});
