import { generateLuhn, generateRic18 } from '@piguard/core/testing';
import type { Prng } from './prng.js';

// Region codes of real county-level divisions (GB/T 2260) so that generated ID numbers validate; the people are not real.
const REGIONS = [
  '110105',
  '110108',
  '310104',
  '310115',
  '440305',
  '440106',
  '330106',
  '320102',
  '510107',
  '420111',
  '610113',
  '370202',
  '210102',
  '500103',
];
const MOBILE_PREFIXES = [
  '138',
  '139',
  '137',
  '136',
  '135',
  '150',
  '151',
  '152',
  '158',
  '159',
  '182',
  '187',
  '188',
  '130',
  '131',
  '132',
  '155',
  '156',
  '185',
  '186',
  '133',
  '153',
  '180',
  '181',
  '189',
  '177',
  '199',
  '191',
  '195',
  '166',
];
const CARD_PREFIXES: Array<[string, number]> = [
  ['622202', 19],
  ['621700', 19],
  ['622848', 19],
  ['620000', 16],
  ['4', 16],
  ['51', 16],
];
const MAIL_DOMAINS = ['qq.com', '163.com', '126.com', 'gmail.com', 'example.com', 'sina.com', 'foxmail.com', 'outlook.com'];
const PINYIN = [
  'zhang',
  'wang',
  'li',
  'zhao',
  'chen',
  'liu',
  'yang',
  'huang',
  'wu',
  'zhou',
  'xu',
  'sun',
  'ma',
  'zhu',
  'hu',
  'guo',
  'he',
  'lin',
];

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** A resident ID number with a valid check digit for a random region, birth date (1950–2019) and sequence. */
export function residentId(r: Prng): string {
  const birth = `${1950 + r.int(70)}${pad2(1 + r.int(12))}${pad2(1 + r.int(28))}`;
  return generateRic18(r.pick(REGIONS), birth, r.digits(3));
}

/** A mobile number in an allocated segment. */
export function mobile(r: Prng): string {
  return r.pick(MOBILE_PREFIXES) + r.digits(8);
}

/** A bank card number with a UnionPay, Visa or Mastercard prefix and a valid Luhn digit. */
export function bankCard(r: Prng): string {
  const [prefix, length] = r.pick(CARD_PREFIXES);
  return generateLuhn(prefix + r.digits(length - prefix.length - 1 - 4), length, r.digits(4));
}

/** An e-mail address from a pinyin name or a QQ number. */
export function email(r: Prng): string {
  const local = r.chance(0.3)
    ? String(10000 + r.int(2_000_000_000))
    : `${r.pick(PINYIN)}${r.pick(['', '.', '_'])}${r.pick(PINYIN)}${r.int(1000)}`;
  return `${local}@${r.pick(MAIL_DOMAINS)}`;
}

/** A public-looking IPv4 address. */
export function ipv4(r: Prng): string {
  return `${1 + r.int(222)}.${r.int(256)}.${r.int(256)}.${1 + r.int(254)}`;
}

/** A number that looks like an identifier and is not one (order and waybill numbers, timestamps): the false-positive bait. */
export function lookalike(r: Prng): string {
  switch (r.int(4)) {
    case 0:
      return `${2024 + r.int(3)}${r.digits(14)}`; // 18-digit order number
    case 1:
      return `17${r.digits(11)}`; // millisecond timestamp
    case 2:
      return `SF${r.digits(12)}`;
    default:
      return r.digits(19);
  }
}
