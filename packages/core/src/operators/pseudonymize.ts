import { luhnCheckDigit } from '../checksums/luhn.js';
import { mod11_2CheckChar } from '../checksums/iso7064-mod11-2.js';
import { type OperatorKeys, requireKeys } from './operator-keys.js';
import type { OperatorFn, OperatorInput, PseudonymizeSpec } from './operator-spec.js';
import { type KeyedRandom, keyedRandom } from './keyed-random.js';
import { surrogateTables } from './surrogate-tables.js';

const DIGITS = '0123456789';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

const pick = <T>(r: KeyedRandom, list: readonly T[]): T => list[r.below(list.length)] as T;
const digits = (r: KeyedRandom, n: number): string => Array.from({ length: n }, () => DIGITS[r.below(10)]).join('');
const pad = (n: number, width: number): string => String(n).padStart(width, '0');

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const leap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

function fakeDate(r: KeyedRandom, year: number): string {
  const month = r.below(12) + 1;
  const days = month === 2 && leap(year) ? 29 : (DAYS[month - 1] as number);
  return `${year}${pad(month, 2)}${pad(r.below(days) + 1, 2)}`;
}

// An 18-digit ID with a real county code, a real date and a valid check character; region and birth year kept on request.
function fakeRic18(input: OperatorInput, spec: PseudonymizeSpec, r: KeyedRandom): string {
  const v = input.value.toUpperCase();
  const region = spec.keepRegion && /^\d{6}/.test(v) ? v.slice(0, 6) : pick(r, surrogateTables().counties);
  const originalYear = Number(v.slice(6, 10));
  const year = spec.keepBirthYear && originalYear >= 1900 && originalYear <= 2100 ? originalYear : 1950 + r.below(56);
  const body = region + fakeDate(r, year) + digits(r, 3);
  return body + (mod11_2CheckChar(body) ?? '0');
}

function fakeMobile(input: OperatorInput, r: KeyedRandom): string {
  const prefix = pick(r, surrogateTables().mobilePrefixes);
  const national = prefix + digits(r, 11 - prefix.length);
  // Keep a +86 or 86 prefix and the separators of the original by writing the new digits into its shape.
  const original = input.value.replace(/\D/g, '');
  if (original.length <= 11) return writeDigits(input.value, national.slice(11 - original.length));
  return writeDigits(input.value, original.slice(0, original.length - 11) + national);
}

function writeDigits(shape: string, newDigits: string): string {
  let i = 0;
  return shape.replace(/\d/g, () => newDigits[i++] ?? '0');
}

function fakeChineseName(input: OperatorInput, r: KeyedRandom): string {
  const t = surrogateTables();
  const given = Array.from(input.value).length >= 3 ? 2 : 1;
  let name = pick(r, t.surnames);
  for (let i = 0; i < given; i++) name += pick(r, t.givenChars);
  return name;
}

function fakeCard(input: OperatorInput, r: KeyedRandom): string {
  const original = input.value.replace(/\D/g, '');
  const body = original.slice(0, 6) + digits(r, Math.max(0, original.length - 7));
  return writeDigits(input.value, body + luhnCheckDigit(body));
}

// Each digit and letter replaced by one of its kind, everything else kept: the shape survives, the value does not.
function sameShape(value: string, r: KeyedRandom): string {
  let out = '';
  for (const c of value) {
    if (c >= '0' && c <= '9') out += DIGITS[r.below(10)];
    else if (c >= 'a' && c <= 'z') out += LOWER[r.below(26)];
    else if (c >= 'A' && c <= 'Z') out += UPPER[r.below(26)];
    else out += c;
  }
  return out;
}

function fakeEmail(input: OperatorInput, r: KeyedRandom): string {
  return `user.${sameShape('aaaaaaaa', r)}@example.com`;
}

/**
 * A surrogate of the same type seeded by HMAC(key, entity ‖ value): the same input gets the same surrogate under
 * one key in every file and run. Different inputs may collide (the surrogate space is finite); the collision rate
 * is measured in the tests and the docs.
 */
export const pseudonymize: OperatorFn<PseudonymizeSpec> = (input, spec, ctx) => {
  const keys = requireKeys(ctx.keys, 'pseudonymize');
  const r = keyedRandom(keys.pseudonym, `${input.entity}\u0000${input.value.trim()}`);
  switch (input.entity) {
    case 'CN_RIC18':
      return fakeRic18(input, spec, r);
    case 'CN_MOBILE':
      return fakeMobile(input, r);
    case 'PERSON':
      return /[\u4e00-\u9fff]/.test(input.value) ? fakeChineseName(input, r) : sameShape(input.value, r);
    case 'BANK_CARD':
      return fakeCard(input, r);
    case 'EMAIL':
      return fakeEmail(input, r);
    default:
      return sameShape(input.value, r);
  }
};

/** The pseudonym of one value under `keys` (the operator without a finding around it). */
export function pseudonymizeValue(keys: OperatorKeys, entity: string, value: string, spec: Omit<PseudonymizeSpec, 'kind'> = {}): string {
  return pseudonymize({ entity, value, piType: '' }, { kind: 'pseudonymize', ...spec }, { keys });
}
