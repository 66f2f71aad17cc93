import { isValidHkid } from '../../checksums/hkid-mod11.js';
import { defineRecognizer } from '../../recognizer.js';
import { DOCUMENT_NEGATIVE_CONTEXT } from '../cn/travel-document-context.js';

/** Hong Kong identity card number: 1–2 letters + 6 digits + check (mod 11, 'A' for 10), usually written with brackets. */
export const hkid = defineRecognizer({
  meta: {
    id: 'hkid',
    entity: 'HKID',
    piType: 'PI.ID.HK_MO_TW',
    country: 'HK',
    description: '香港身份证: @123456(#) with 1–2 capital letters, 6 digits and a mod-11 check (0–9 or A); brackets optional in data.',
    references: ['pi-taxonomy.md §3.3', 'stdnum-js src/hk/hkid.ts', 'OECD TIN sheet for Hong Kong'],
    version: 1,
  },
  prefilter: /[A-Z]\d{6}/,
  patterns: [
    // Full-width brackets are normalised to ASCII before matching.
    { name: 'bracketed', regex: /(?<![0-9A-Za-z])[A-Z]{1,2}\d{6} ?\([0-9A]\)/g, score: 0.5 },
    { name: 'compact', regex: /(?<![0-9A-Za-z])[A-Z]{1,2}\d{6}[0-9A](?![0-9A-Za-z(])/g, score: 0.4 },
  ],
  context: {
    words: [
      '香港身份证',
      '香港身份證',
      '香港身分證',
      '身份证',
      '身份證',
      '身分證',
      '证件号',
      '證件號',
      'hkid',
      'hk id',
      'identity card',
      'id card',
      'id no',
    ],
    negative: DOCUMENT_NEGATIVE_CONTEXT,
  },
  validate(value, { candidate }) {
    const compact = value.replace(/[ ()]/g, '');
    if (!isValidHkid(compact)) return { validation: 'invalid', notes: ['checksum'] };
    // Written without brackets the shape is common in codes; one in eleven passes the check by chance.
    if (candidate.pattern === 'compact') return { validation: 'unchecked', notes: ['checksum passed; compact form needs context'] };
    return 'valid';
  },
  // Hong Kong practice shows the letters and the first three digits: A123***(*).
  mask: (value) => value.replace(/^([A-Z]{1,2}\d{3})(.*)$/, (_m, head: string, rest: string) => head + rest.replace(/[0-9A-Z]/g, '*')),
});
