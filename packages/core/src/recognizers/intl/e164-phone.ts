import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { defineRecognizer } from '../../recognizer.js';
import { NEGATIVE_CONTEXT } from '../generic/negative-context.js';

const NOT_PERSONAL = new Set(['TOLL_FREE', 'PREMIUM_RATE', 'SHARED_COST', 'UAN', 'VOICEMAIL']);

/**
 * International phone number written with + and a country code, validated by libphonenumber's full metadata
 * (`/max`: the default metadata checks only lengths). +86 numbers are left to cn-mobile (our segment table) and
 * cn-landline, so that one number never yields two findings with different validators.
 */
export const e164Phone = defineRecognizer({
  meta: {
    id: 'e164-phone',
    entity: 'E164_PHONE',
    piType: 'PI.BASIC.PHONE',
    country: 'INTL',
    description: 'Phone number in international form (+country code, 7–15 digits), validated with libphonenumber-js/max; +86 excluded.',
    references: ['ITU-T E.164', 'libphonenumber-js (max metadata)', 'pi-taxonomy.md §3.5'],
    version: 1,
  },
  prefilter: /\+[ (]?[1-9]/,
  patterns: [
    {
      name: 'e164',
      regex: /(?<![0-9A-Za-z+])\+[1-9]\d{0,2}[ -]?(?:\(\d{1,4}\)[ -]?)?\d(?:[ -]?\d){5,13}(?![0-9A-Za-z]|[ -]?\d)/g,
      score: 0.5,
    },
  ],
  context: {
    words: [
      '电话',
      '電話',
      '手机',
      '手機',
      '联系',
      '聯繫',
      '聯絡',
      'tel',
      'phone',
      'mobile',
      'cell',
      'whatsapp',
      'contact',
      'fax',
      '傳真',
      '传真',
    ],
    negative: NEGATIVE_CONTEXT,
  },
  validate(value) {
    // Calling codes are prefix-free and 8 is none, so a number whose digits begin 86 is +86 whatever
    // libphonenumber makes of the rest: rejected here without parsing (a parse costs tens of microseconds).
    if (/^\+8[ -]?6/.test(value)) return { validation: 'invalid', notes: ['+86 is left to cn-mobile and cn-landline'] };
    const p = parsePhoneNumberFromString(value);
    if (!p || !p.isValid()) return { validation: 'invalid', notes: ['libphonenumber'] };
    if (p.countryCallingCode === '86') return { validation: 'invalid', notes: ['+86 is left to cn-mobile and cn-landline'] };
    const type = p.getType();
    // Toll-free, premium-rate, shared-cost and universal access numbers belong to businesses, not people.
    if (type && NOT_PERSONAL.has(type)) return { validation: 'invalid', notes: [`${type.toLowerCase()} number`] };
    return {
      validation: 'valid',
      attributes: { region: p.country ?? `+${p.countryCallingCode}`, ...(type ? { lineType: type.toLowerCase() } : {}) },
    };
  },
  mask: (value) => {
    const n = value.replace(/\D/g, '').length;
    let i = 0;
    return value.replace(/\d/g, (d) => (i++ >= 3 && i <= n - 4 ? '*' : d));
  },
});
