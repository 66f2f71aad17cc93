import { defineRecognizer } from '../../recognizer.js';
import { DOCUMENT_NEGATIVE_CONTEXT, TRAVEL_DOCUMENT_CONTEXT } from './travel-document-context.js';

/** Home-return permit (港澳居民来往内地通行证, 回乡证): H (Hong Kong) or M (Macao) + 8-digit lifetime number + 2-digit issue count. */
export const cnHkmoHomeReturnPermit = defineRecognizer({
  meta: {
    id: 'cn-hkmo-home-return-permit',
    entity: 'HKMO_HOME_RETURN',
    piType: 'PI.ID.TRAVEL_PERMIT',
    country: 'CN',
    description:
      '港澳居民来往内地通行证 (回乡证): H/M + 8-digit lifetime number, optionally + 2-digit issue count; no check digit, so context is needed.',
    references: ['pi-taxonomy.md §3.3 (travel permits)', '公安部出入境管理局 numbering rule (中新网 2010-03-10)'],
    version: 1,
  },
  prefilter: /[HM]\d{8}/,
  patterns: [
    // Neither form has a check, and H/M + digits is a common code shape (the 9-character one is also a Hong Kong
    // passport's): both need a context word, the 11-character form a little less.
    { name: 'with-issue-count', regex: /(?<![0-9A-Za-z])[HM]\d{10}(?![0-9A-Za-z])/g, score: 0.45 },
    { name: 'lifetime-number', regex: /(?<![0-9A-Za-z])[HM]\d{8}(?![0-9A-Za-z])/g, score: 0.4 },
  ],
  context: {
    words: [
      ...TRAVEL_DOCUMENT_CONTEXT,
      '来往内地',
      '來往內地',
      '港澳居民',
      '回乡卡',
      '回鄉卡',
      '港澳通行证',
      'home return',
      'home-return',
      'hkmo permit',
    ],
    negative: DOCUMENT_NEGATIVE_CONTEXT,
  },
  validate(value) {
    return { validation: 'unchecked', attributes: { issuer: value[0] === 'H' ? 'HK' : 'MO' } };
  },
  mask: (value) => value.slice(0, 3) + '*'.repeat(value.length - 5) + value.slice(-2),
});
