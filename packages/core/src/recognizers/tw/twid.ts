import { isValidTwId } from '../../checksums/tw-id-mod10.js';
import { defineRecognizer } from '../../recognizer.js';
import { DOCUMENT_NEGATIVE_CONTEXT } from '../cn/travel-document-context.js';

/** Taiwan national ID (國民身分證) and resident-certificate UI numbers (new 8/9 and old A–D forms), weighted mod 10. */
export const twid = defineRecognizer({
  meta: {
    id: 'twid',
    entity: 'TWID',
    piType: 'PI.ID.HK_MO_TW',
    country: 'TW',
    description:
      '台湾身分证 / 居留证统一证号: letter + 1/2 (national ID), 8/9 (new UI, since 2021) or A–D (old UI) + 8 digits; weighted mod-10 check.',
    references: ['pi-taxonomy.md §3.3', 'stdnum-js src/tw/natid.ts and src/tw/ui.ts'],
    version: 1,
  },
  prefilter: /[A-Z][1289A-D]\d{8}/,
  patterns: [{ name: 'twid', regex: /(?<![0-9A-Za-z])[A-Z][1289A-D]\d{8}(?![0-9A-Za-z])/g, score: 0.45 }],
  context: {
    words: [
      '身分證',
      '身分证',
      '身份證',
      '身份证',
      '統一證號',
      '统一证号',
      '居留證',
      '居留证',
      '字號',
      '字号',
      '证件号',
      '證件號',
      'taiwan id',
      'national id',
      'id no',
      'arc no',
      'resident certificate',
    ],
    negative: DOCUMENT_NEGATIVE_CONTEXT,
  },
  validate(value) {
    if (!isValidTwId(value)) return { validation: 'invalid', notes: ['checksum'] };
    const second = value[1]!;
    const kind = second === '1' || second === '2' ? 'national-id' : second === '8' || second === '9' ? 'ui' : 'ui-old';
    const sex = second === '1' || second === '8' ? 'male' : second === '2' || second === '9' ? 'female' : undefined;
    return { validation: 'valid', attributes: { documentKind: kind, ...(sex ? { sex } : {}) } };
  },
  // Taiwan practice masks the middle digits: A12****789.
  mask: (value) => value.slice(0, 3) + '****' + value.slice(-3),
});
