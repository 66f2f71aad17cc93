import { defaultMask } from '../analyzer/default-mask.js';
import type { MaskSpec, OperatorFn } from './operator-spec.js';

/** Hides the characters between `head` and `tail` (counted in code points), as 110105********002X. */
export function maskMiddle(value: string, head: number, tail: number, glyph = '*'): string {
  const chars = Array.from(value);
  if (chars.length <= head + tail) return chars[0] + glyph.repeat(Math.max(0, chars.length - 1));
  return chars.slice(0, head).join('') + glyph.repeat(chars.length - head - tail) + chars.slice(chars.length - tail).join('');
}

// Hides digits only, keeping separators, so that 138-1234-5678 stays readable as a phone number.
function maskDigits(value: string, head: number, tail: number, glyph: string): string {
  const digits = value.replace(/\D/g, '').length;
  let seen = 0;
  return value.replace(/\d/g, (d) => {
    seen++;
    return seen <= head || seen > digits - tail ? d : glyph;
  });
}

// A name keeps its surname (张*, 欧阳**); a Latin name keeps each word's initial (J*** S****).
function maskName(value: string, glyph: string): string {
  if (/[A-Za-z]/.test(value))
    return value.replace(/([A-Za-z])([A-Za-z'-]*)/g, (_m, a: string, rest: string) => a + glyph.repeat(rest.length));
  const chars = Array.from(value);
  const compound = chars.length >= 4 ? 2 : 1;
  return chars.slice(0, compound).join('') + glyph.repeat(chars.length - compound);
}

/** The part of a Chinese address down to its district or county (北京市海淀区), or undefined when none is named. */
export function addressToDistrict(value: string): string | undefined {
  const m = /^.{0,16}?(?:区|县|旗|市)(?!场|民|委|政)/u.exec(value);
  if (!m) return undefined;
  const district = /^.{0,16}?(?:区|县|旗)/u.exec(value);
  return (district ?? m)[0];
}

function maskAddress(value: string, glyph: string): string {
  const kept = addressToDistrict(value);
  if (kept === undefined || kept.length === value.length) return maskMiddle(value, Math.min(3, value.length - 1), 0, glyph);
  return kept + glyph.repeat(4);
}

function maskEmail(value: string, glyph: string): string {
  const at = value.lastIndexOf('@');
  if (at <= 0) return defaultMask(value);
  return value.slice(0, 1) + glyph.repeat(3) + value.slice(at);
}

// A date keeps its year: 1990-**-**.
function maskDate(value: string, glyph: string): string {
  const year = /(?:19|20)\d{2}/.exec(value);
  if (!year) return value.replace(/\d/g, glyph);
  const end = year.index + 4;
  return value.slice(0, end) + value.slice(end).replace(/\d/g, glyph);
}

/**
 * Type-aware masking by common Chinese display conventions: ID numbers keep the region and the last four
 * (110105********002X), mobiles 3 + 4 (138****5678), names the surname (张*), addresses the district, cards the
 * first six and last four, emails the first letter and the domain, dates the year.
 */
export const mask: OperatorFn<MaskSpec> = (input, spec) => {
  const glyph = spec.glyph ?? '*';
  const v = input.value;
  switch (input.entity) {
    case 'CN_RIC18':
    case 'CN_RIC15':
    case 'CN_FPR2017':
    case 'CN_FPR2023':
      return maskMiddle(v, 6, 4, glyph);
    case 'CN_MOBILE':
    case 'E164_PHONE':
    case 'PHONE_NUMBER':
      return maskDigits(v, v.replace(/\D/g, '').length > 11 ? v.replace(/\D/g, '').length - 8 : 3, 4, glyph);
    case 'CN_LANDLINE':
      return maskDigits(v, Math.min(4, v.replace(/\D/g, '').length - 4), 2, glyph);
    case 'BANK_CARD':
    case 'CN_BANK_ACCOUNT':
      return maskDigits(v, 6, 4, glyph);
    case 'PERSON':
      return maskName(v, glyph);
    case 'CN_ADDRESS':
    case 'STREET_ADDRESS':
      return maskAddress(v, glyph);
    case 'EMAIL':
      return maskEmail(v, glyph);
    case 'DATE_OF_BIRTH':
      return maskDate(v, glyph);
    default:
      if (glyph === '*' && input.masked && input.masked !== v) return input.masked;
      return defaultMask(v).replaceAll('*', glyph);
  }
};
