import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { cnAreaCodesV1 } from '../../data/cn-area-codes.v1.js';
import type { Candidate } from '../../recognizer.js';
import { defineRecognizer } from '../../recognizer.js';

// An English phone label, then at most a colon, a dash or a few spaces, then the number. Chinese labels are left to
// cn-mobile and cn-landline, which validate against the PRC numbering plan.
const LABEL =
  '(?<![A-Za-z])(?:phone(?: number| no\\.?)?|mobile|cell(?:phone)?|tel(?:ephone)?|fax|desk|office|contact number|call (?:me )?(?:at|on)|text (?:me )?(?:at|on)|reach (?:me )?(?:at|on)|whats[aA]pp)';
const NUMBER = '\\+?\\(?\\d{1,4}\\)?(?:[ .-]?\\(?\\d{1,4}\\)?){1,5}(?: ?(?:x|ext\\.?) ?\\d{1,5})?';
const RE = new RegExp(`${LABEL}\\s{0,2}[:：#.-]?\\s{0,2}(${NUMBER})(?![0-9A-Za-z])`, 'gi');

const CN_AREA = new Set(cnAreaCodesV1.entries);

/** True when the digits read as a PRC number, which cn-mobile and cn-landline judge by the PRC numbering plan. */
function isPrcShaped(digits: string): boolean {
  if (/^1\d{10}$/.test(digits)) return true;
  return [3, 4].some((n) => CN_AREA.has(digits.slice(0, n)) && /^\d{7,8}$/.test(digits.slice(n)));
}

function findLabelled(text: string): Candidate[] {
  const out: Candidate[] = [];
  // The one global copy, restarted: `find` runs to the end of the text without yielding, and a loop ended by null
  // leaves lastIndex at 0 (a new RegExp per call cost a table scan a compile-cache look-up and an object per cell).
  const re = RE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const value = m[1]!;
    const start = m.index + m[0].length - value.length;
    out.push({ value, start, end: start + value.length, pattern: 'labelled', baseScore: 0.6 });
  }
  return out;
}

/**
 * A phone number in any national format (`(415) 555-2671`, `0490 75 40 81`, `03.93.92.16.85`) right after an
 * English phone label. Without a country the number cannot be validated, so the label is the evidence;
 * numbers written with + are checked by libphonenumber (e164-phone reports those too, and wins on the same span).
 */
export const labelledPhone = defineRecognizer({
  meta: {
    id: 'labelled-phone',
    entity: 'PHONE_NUMBER',
    piType: 'PI.BASIC.PHONE',
    country: 'INTL',
    description:
      'Phone number of 7–15 digits in any national format directly after an English label (phone, mobile, tel, fax, desk, ' +
      'call me at), or in grouped form (555-714-1388, 0688 872 49 99) with a phone word nearby; dates, times and ' +
      'IPv4-shaped values are rejected; + numbers valid for libphonenumber are marked valid.',
    references: ['pi-taxonomy.md §3.5, §6 (Phone)', 'ITU-T E.123 (notation)', 'Presidio PhoneRecognizer'],
    version: 1,
  },
  prefilter: /\d{2}[ .)-]?\d/,
  find: findLabelled,
  // Grouped national formats without a label (555-714-1388, 0688 872 49 99) need a phone word nearby.
  patterns: [
    // North American numbers written the US way, (425) 882-9090: distinctive enough without a label when libphonenumber
    // accepts the area code and exchange for the US or Canada.
    { name: 'nanp', regex: /(?<![\w(+-])\([2-9]\d{2}\) ?[2-9]\d{2}-\d{4}(?![\w]|-\d)/g, score: 0.4 },
    {
      name: 'grouped',
      regex: /(?<![\w.+)-]|\d[ .-])(?:\(\d{2,4}\)[ .-]?|\d{2,5}[ .-])\d{2,4}(?:[ .-]\d{2,4}){1,3}(?![\w]|[.-]\d)/g,
      score: 0.25,
      // It never starts with +, the only way a non-NANP number is marked valid.
      neverValid: true,
    },
  ],
  context: {
    // Words, not substrings: ' tel' and 'cell ' so that "hotel" and "excellent" do not count.
    words: [
      ' tel',
      'tel:',
      'tel.',
      'telephone',
      'phone',
      'call ',
      'called',
      'cell ',
      'cell:',
      'mobile',
      'fax',
      'contact',
      'reach me',
      'text me',
      'sms',
      'message',
      'answering',
      'whatsapp',
    ],
    negative: ['order', 'invoice', 'account', 'serial', 'ssn', 'social security', 'iban', 'zip', 'postal', 'isbn', 'version'],
  },
  validate(value, { candidate }) {
    if (candidate.pattern === 'nanp') {
      const p = parsePhoneNumberFromString(value, 'US');
      return p?.isValid() ? { validation: 'valid', attributes: { region: p.country ?? 'US' } } : { validation: 'invalid', notes: ['NANP'] };
    }
    const main = value.replace(/ ?(?:x|ext\.?) ?\d{1,5}$/i, '');
    const digits = main.replace(/\D/g, '');
    if (digits.length < 7 || digits.length > 15) return { validation: 'invalid', notes: ['digit count'] };
    if (/^(?:19|20)\d{2}[-./](?:0?[1-9]|1[0-2])[-./]\d{1,2}$/.test(main) || /^\d{1,2}[:.]\d{2}[:.]\d{2}$/.test(main)) return 'invalid';
    if (/^(\d)\1+$/.test(digits)) return 'invalid';
    if (!main.startsWith('+') && isPrcShaped(digits))
      return { validation: 'invalid', notes: ['PRC number: left to cn-mobile / cn-landline'] };
    if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(main)) return { validation: 'invalid', notes: ['IPv4-shaped'] };
    if (main.startsWith('+')) {
      const p = parsePhoneNumberFromString(main);
      if (p?.isValid()) return { validation: 'valid', attributes: { region: p.country ?? `+${p.countryCallingCode}` } };
      // A labelled number may be unallocated or fictional (555, drama ranges) and still be written as someone's phone.
      return { validation: 'unchecked', notes: ['not a valid number for libphonenumber; the label is the evidence'] };
    }
    return 'unchecked';
  },
  mask: (value) => {
    const n = value.replace(/\D/g, '').length;
    let i = 0;
    return value.replace(/\d/g, (d) => (i++ < n - 4 ? '*' : d));
  },
});
