import { isValidMod11_2 } from '../../checksums/iso7064-mod11-2.js';
import { defineRecognizer } from '../../recognizer.js';
import { ageAt, isCalendarDate, MINOR_AGE } from '../../text/birth-date.js';
import { ID_CONTEXT } from './id-context.js';
import { DOCUMENT_NEGATIVE_CONTEXT } from './travel-document-context.js';

// Provinces of application (GB/T 2260 first two digits) that the layout allows.
const PROVINCE = /^(?:1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5])$/;

/** Foreigner permanent-residence ID card, 2023 version: 9 + province + nationality + birth date + sequence + MOD 11-2. */
export const cnFpr2023 = defineRecognizer({
  meta: {
    id: 'cn-fpr-2023',
    entity: 'CN_FPR2023',
    piType: 'PI.ID.FPR',
    country: 'CN',
    description:
      '外国人永久居留身份证 (2023): 18 characters, first digit 9, province of application, ISO numeric nationality, birth date, sequence, ISO 7064 MOD 11-2 check.',
    references: ['pi-taxonomy.md §3.2 (variants table)', 'NIA machine-readable rules of the 2023 card (eastcoms.com 2023-10-20)'],
    version: 1,
  },
  prefilter: /9\d{16}/,
  patterns: [{ name: 'fpr2023', regex: /(?<![0-9A-Za-z])9\d{16}[\dXx](?![0-9A-Za-z])/g, score: 0.4 }],
  context: {
    words: [...ID_CONTEXT, '永久居留', '永居证', '永居證', '外国人', '外國人', 'permanent resid', 'foreigner', 'pr card'],
    negative: DOCUMENT_NEGATIVE_CONTEXT,
  },
  validate(value, { now }) {
    if (!isValidMod11_2(value)) return { validation: 'invalid', notes: ['checksum'] };
    // A province of application outside GB/T 2260 rules the layout out (991234… is a resident-ID shape, not a card).
    if (!PROVINCE.test(value.slice(1, 3))) return { validation: 'invalid', notes: ['province of application'] };
    const y = Number(value.slice(6, 10));
    const m = Number(value.slice(10, 12));
    const d = Number(value.slice(12, 14));
    // The date layout is not confirmed by a published standard, so a miss lowers the score instead of rejecting.
    if (!(y >= 1900 && isCalendarDate(y, m, d) && ageAt(y, m, d, now) >= 0)) {
      return { validation: 'unchecked', notes: ['checksum passed; birth date not as expected'] };
    }
    const age = ageAt(y, m, d, now);
    return {
      validation: 'valid',
      attributes: {
        birthDate: `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`,
        age,
        minor: age < MINOR_AGE,
        nationality: value.slice(3, 6),
      },
    };
  },
  mask: (value) => value.slice(0, 6) + '*'.repeat(8) + value.slice(-4),
});
