import { cnAreaCodesV1 } from '../../data/cn-area-codes.v1.js';
import type { Validation } from '../../finding.js';
import type { Verdict } from '../../recognizer.js';
import { defineRecognizer } from '../../recognizer.js';
import { followsIbanHead } from '../generic/inside-iban.js';
import { labelBefore } from '../generic/label-before.js';
import { NEGATIVE_CONTEXT } from '../generic/negative-context.js';

const AREA_CODES = new Set(cnAreaCodesV1.entries);
// Corporate and service numbers are not a person's (pi-taxonomy §3.5): 95xxx/96xxx hotlines as local numbers.
const SERVICE_LOCAL = /^9[56]/;

const LANDLINE_WORDS: readonly string[] = [
  '电话',
  '電話',
  '座机',
  '座機',
  '固话',
  '固話',
  '联系电话',
  '聯絡電話',
  '联系方式',
  '聯繫方式',
  '办公电话',
  '传真',
  '傳真',
  'tel',
  'phone',
  'fax',
  'landline',
  'contact number',
];

interface Split {
  area: string;
  subscriber: string;
}

/** Splits a national number (leading 0, digits only) into a known area code and a 7–8 digit subscriber number. */
function splitNational(digits: string): Split | undefined {
  for (const n of [3, 4]) {
    const area = digits.slice(0, n);
    const subscriber = digits.slice(n);
    if (AREA_CODES.has(area) && /^[2-9]\d{6,7}$/.test(subscriber)) return { area, subscriber };
  }
  return undefined;
}

interface Parsed {
  split?: Split;
  local?: string;
  extension?: string;
}

function nationalOf(main: string, pattern: string): string {
  const digits = main.replace(/\D/g, '');
  return pattern === 'intl' ? `0${digits.replace(/^(?:00)?86/, '').replace(/^0/, '')}` : digits;
}

/** Reads the number with and without a trailing extension; the reading that forms a valid number wins. */
function parse(value: string, pattern: string): Parsed {
  const ext = /^(.*\d)(?:-|转|轉|ext\.?|x)(\d{1,6})$/i.exec(value);
  const readings: Array<[string, string | undefined]> = ext
    ? [
        [ext[1]!, ext[2]],
        [value, undefined],
      ]
    : [[value, undefined]];
  for (const [main, extension] of readings) {
    const digits = nationalOf(main, pattern);
    if (pattern === 'local') {
      if (/^[2-9]\d{6,7}$/.test(digits)) return { local: digits, ...(extension ? { extension } : {}) };
      continue;
    }
    const split = splitNational(digits);
    if (split) return { split, ...(extension ? { extension } : {}) };
  }
  return {};
}

// A bare subscriber number right after digits (an area code) or a dash (req-54338013) is part of that number,
// not a second finding.
const AFTER_DIGITS = /(?:\d[ -]?|[-)（）(])\s?$/;

function validateLandline(value: string, pattern: string, text: string, start: number): Verdict | Validation {
  // The commonest reject of the local pattern (ids in logs), tested first: it needs no parsing. Any reject ends in
  // 'invalid' whichever test says so first.
  if (pattern === 'local' && AFTER_DIGITS.test(text.slice(Math.max(0, start - 3), start))) return 'invalid';
  if (followsIbanHead(text, start)) return { validation: 'invalid', notes: ['inside an IBAN'] };
  const p = parse(value, pattern);
  const extension = p.extension ? { extension: p.extension } : {};
  // Local and compact numbers rest on context: the phone word must label this value, not a neighbour.
  if ((pattern === 'local' || pattern === 'compact') && labelBefore(text, start, LANDLINE_WORDS) === 'other') return 'invalid';
  if (pattern === 'local') {
    if (!p.local) return 'invalid';
    if (SERVICE_LOCAL.test(p.local)) return { validation: 'invalid', notes: ['service number'] };
    return { validation: 'unchecked', attributes: extension };
  }
  if (!p.split) return { validation: 'invalid', notes: ['unknown area code or subscriber number'] };
  if (SERVICE_LOCAL.test(p.split.subscriber)) return { validation: 'invalid', notes: ['service number'] };
  const attributes = { areaCode: p.split.area, ...extension };
  // Twelve digits run together are as often an order number as a phone: the area code alone is not enough. Local and
  // compact candidates are never 'valid' (their patterns say `neverValid`: the analyzer relies on it).
  if (pattern === 'compact') return { validation: 'unchecked', attributes, notes: ['compact form needs context'] };
  return { validation: 'valid', attributes };
}

/** Hides the subscriber number except its last 4 digits; area code, separators and extension stay. */
function maskLandline(value: string): string {
  const ext = /^(.*\d)((?:-|转|轉|ext\.?|x)\d{1,6})$/i.exec(value);
  for (const [main, tail] of ext
    ? [
        [ext[1]!, ext[2]!],
        [value, ''],
      ]
    : [[value, '']]) {
    const digits = main!.replace(/\D/g, '');
    const subLen =
      splitNational(digits)?.subscriber.length ??
      splitNational(`0${digits.replace(/^(?:00)?86/, '').replace(/^0/, '')}`)?.subscriber.length ??
      (/^[2-9]\d{6,7}$/.test(digits) ? digits.length : 0);
    if (subLen === 0) continue;
    let seen = 0;
    const chars = Array.from(main!);
    for (let i = chars.length - 1; i >= 0; i--) {
      if (!/\d/.test(chars[i]!)) continue;
      if (seen >= 4 && seen < subLen) chars[i] = '*';
      seen++;
    }
    return chars.join('') + tail;
  }
  return value;
}

const EXT = '(?:(?:-|转|轉|ext\\.?|x)\\d{1,6})?';
const SUB = '[2-9]\\d{2,3}[ -]?\\d{4}';
const END = '(?![0-9A-Za-z])';

/** PRC fixed-line number: 0 + area code from the versioned table, 7–8 digit subscriber number, optional extension. */
export const cnLandline = defineRecognizer({
  meta: {
    id: 'cn-landline',
    entity: 'CN_LANDLINE',
    piType: 'PI.BASIC.PHONE',
    country: 'CN',
    description:
      'PRC fixed-line number with a known area code (010, 02x, 0xxx) and a 7–8 digit subscriber number starting 2–9; ' +
      'service numbers (400/800, 95xxx, 96xxx, 12xxx) are excluded; without an area code it needs context.',
    references: ['pi-taxonomy.md §3.5', 'libphonenumber CN metadata (fixedLine)', 'YD/T 2165 numbering plan'],
    version: 1,
  },
  prefilter: /[2-9]\d{2,3}[ -]?\d{4}/,
  patterns: [
    {
      name: 'area',
      regex: new RegExp(`(?<![0-9A-Za-z+]|\\d-)(?:\\(0\\d{2,3}\\)[ -]?|（0\\d{2,3}）|0\\d{2,3}[ -])${SUB}${EXT}${END}`, 'g'),
      score: 0.6,
    },
    {
      name: 'intl',
      regex: new RegExp(`(?<![0-9A-Za-z])(?:\\+|00)86[ -]?(?:\\(0\\)|0)?(?:10|2\\d|[3-9]\\d{2})[ -]?${SUB}${EXT}${END}`, 'g'),
      score: 0.6,
    },
    {
      name: 'compact',
      regex: new RegExp(`(?<![0-9A-Za-z+]|\\d-)0(?:10|2\\d|[3-9]\\d{2})[2-9]\\d{6,7}${EXT}${END}`, 'g'),
      score: 0.3,
      neverValid: true,
    },
    { name: 'local', regex: new RegExp(`(?<![0-9A-Za-z+])${SUB}${EXT}${END}`, 'g'), score: 0.2, neverValid: true },
  ],
  context: {
    words: LANDLINE_WORDS,
    negative: NEGATIVE_CONTEXT,
  },
  validate: (value, { text, candidate }) => validateLandline(value, candidate.pattern, text, candidate.start),
  mask: maskLandline,
});
