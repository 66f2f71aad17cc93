import { isValidMod11_2, mod11_2CheckChar } from '../../checksums/iso7064-mod11-2.js';
import type { Verdict } from '../../recognizer.js';
import { defineRecognizer } from '../../recognizer.js';
import { ageAt, isCalendarDate, MINOR_AGE } from '../../text/birth-date.js';
import { cnRegionName } from './cn-regions.js';
import { ID_CONTEXT } from './id-context.js';

// Provinces of GB/T 2260 (pi-taxonomy §3.2 step 3), plus 71/81/82/83 (Taiwan, HK, Macao permits).
const PROVINCES = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
  '83',
]);

/** Checks the 18-digit body: province, birth date (not in the future), check digit; derives age, sex, region, minor. */
export function validateRic18(value: string, now: Date): Verdict {
  const v = value.toUpperCase();
  if (!isValidMod11_2(v)) return { validation: 'invalid', notes: ['checksum'] };
  if (!PROVINCES.has(v.slice(0, 2))) return { validation: 'invalid', notes: ['province'] };
  const y = Number(v.slice(6, 10));
  const m = Number(v.slice(10, 12));
  const d = Number(v.slice(12, 14));
  if (y < 1800 || !isCalendarDate(y, m, d)) return { validation: 'invalid', notes: ['birth date'] };
  const age = ageAt(y, m, d, now);
  if (age < 0) return { validation: 'invalid', notes: ['birth date in the future'] };
  const sex = Number(v[16]) % 2 === 1 ? 'male' : 'female';
  // An unknown county code is no reason to reject: numbers keep the code of first registration (110103 崇文区).
  const regionName = cnRegionName(v.slice(0, 6));
  return {
    validation: 'valid',
    attributes: {
      birthDate: `${v.slice(6, 10)}-${v.slice(10, 12)}-${v.slice(12, 14)}`,
      age,
      sex,
      region: v.slice(0, 6),
      ...(regionName === undefined ? {} : { regionName }),
      minor: age < MINOR_AGE,
    },
  };
}

/** Upgrades a 15-digit first-generation number to 18 digits (insert 19, append the check digit). */
export function ric15To18(v: string): string {
  const body = `${v.slice(0, 6)}19${v.slice(6)}`;
  return body + (mod11_2CheckChar(body) ?? '');
}

/** PRC resident identity card number (GB 11643-1999), 18 digits, and the legacy 15-digit form. */
export const cnResidentId = defineRecognizer({
  meta: {
    id: 'cn-resident-id',
    entity: 'CN_RIC18',
    piType: 'PI.ID.RIC',
    country: 'CN',
    description: 'PRC resident ID number: 6-digit region, birth date, sequence (odd = male), ISO 7064 MOD 11-2 check.',
    references: ['GB 11643-1999', 'pi-taxonomy.md §3.2', 'python-stdnum stdnum/cn/ric.py'],
    version: 1,
  },
  prefilter: /\d{6}/,
  patterns: [
    {
      name: 'ric18',
      regex: /(?<![0-9A-Za-z])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])/g,
      score: 0.6,
    },
    {
      name: 'ric18-spaced',
      regex: /(?<![0-9A-Za-z])[1-9]\d{5}[ -](?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[ -]?\d{3}[\dXx](?![0-9A-Za-z])/g,
      score: 0.5,
    },
    {
      name: 'ric15',
      regex: /(?<![0-9A-Za-z])[1-9]\d{7}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}(?![0-9A-Za-z])/g,
      score: 0.3,
    },
  ],
  context: {
    words: ID_CONTEXT,
    negative: [
      '订单号',
      '单号',
      '流水号',
      '交易号',
      '编号',
      '批次',
      '序列号',
      '条码',
      '时间戳',
      '发票号',
      '合同号',
      '运单号',
      'order',
      'serial',
      'imei',
    ],
  },
  validate(value, { now }) {
    const compact = value.replace(/[ -]/g, '');
    if (compact.length === 15) {
      const v = validateRic18(ric15To18(compact), now);
      // A 15-digit run is also an IMEI's length: it needs context, which the score below demands.
      return v.validation === 'valid' ? { ...v, validation: 'unchecked', entity: 'CN_RIC15', score: undefined } : v;
    }
    const verdict = validateRic18(compact, now);
    if (verdict.validation === 'valid' && /^8[123]0000/.test(compact)) {
      return { ...verdict, entity: 'HKMT_RESIDENCE_PERMIT', piType: 'PI.ID.RESIDENCE_PERMIT' };
    }
    return verdict;
  },
  mask: (value) => (value.length >= 15 ? value.slice(0, 6) + '*'.repeat(value.length - 10) + value.slice(-4) : value),
});
