import { isValidGb11714 } from '../../checksums/gb11714-mod11.js';
import { isValidGb32100 } from '../../checksums/gb32100-mod31.js';
import { defineRecognizer } from '../../recognizer.js';

/**
 * Unified social credit code (GB 32100-2015) of an individual business (个体工商户, prefix 92). Only these are
 * reported: an individual business is run by a natural person, so its code singles that person out; codes of
 * companies and institutions (91…, 12…, 51…) are not personal information and are never reported.
 *
 * piType: the taxonomy has no business-registration type. PI.EDU_WORK ("employment information: occupation,
 * employer") is the closest: the code discloses that the person is self-employed and points to their business
 * registration, while it is not an identity document (PI.ID.*) and carries no financial account (SPI.FIN.*).
 */
export const cnUscc = defineRecognizer({
  meta: {
    id: 'cn-uscc',
    entity: 'USCC',
    piType: 'PI.EDU_WORK',
    country: 'CN',
    description:
      'Unified social credit code of an individual business (92…): GB 32100 mod-31 check character and GB 11714 check on ' +
      'characters 9–17; codes of legal persons are not personal and are not reported.',
    references: ['GB 32100-2015', 'GB 11714-1997', 'pi-taxonomy.md §3.7', 'python-stdnum stdnum/cn/uscc.py'],
    version: 1,
  },
  prefilter: /92[ -]?\d{6}/,
  patterns: [
    { name: 'uscc-92', regex: /(?<![0-9A-Za-z])92\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Za-z])/g, score: 0.6 },
    // As printed on licences and in stdnum's format(): 2 + 6 + 10 characters separated by spaces or hyphens.
    { name: 'uscc-92-spaced', regex: /(?<![0-9A-Za-z])92([ -])\d{6}\1[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Za-z])/g, score: 0.55 },
  ],
  context: {
    words: [
      '统一社会信用代码',
      '統一社會信用代碼',
      '信用代码',
      '个体工商户',
      '個體工商戶',
      '营业执照',
      '營業執照',
      '经营者',
      '經營者',
      'uscc',
      'credit code',
    ],
  },
  validate(raw) {
    const value = raw.replace(/[ -]/g, '');
    if (!isValidGb32100(value)) return { validation: 'invalid', notes: ['GB 32100 check character'] };
    if (!isValidGb11714(value.slice(8, 17))) return { validation: 'invalid', notes: ['GB 11714 organisation code check'] };
    return {
      validation: 'valid',
      attributes: { registrationAuthority: 'market-regulation', entityType: 'individual-business', region: value.slice(2, 8) },
    };
  },
});
