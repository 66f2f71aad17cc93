import { isValidMod11_2 } from '../../checksums/iso7064-mod11-2.js';
import { isValidLuhn } from '../../checksums/luhn.js';
import { type CardScheme, cardIinRangesV1 } from '../../data/card-iin-ranges.v1.js';
import type { Validation } from '../../finding.js';
import type { Verdict } from '../../recognizer.js';
import { defineRecognizer } from '../../recognizer.js';
import { isCalendarDate } from '../../text/birth-date.js';
import { CARD_CONTEXT } from './card-context.js';
import { NEGATIVE_CONTEXT } from './negative-context.js';
import { followsIbanHead } from './inside-iban.js';
import { labelBefore } from './label-before.js';
import { nearbyWords } from './nearby-words.js';

// Other recognisers (masked card numbers) share the card words; they used to live here.
export { CARD_CONTEXT };

// Ranges grouped by prefix length, longest first: the first hit is the most specific one.
const RANGES_BY_LENGTH: Array<[number, Array<{ from: string; to: string; hit: SchemeHit }>]> = (() => {
  const by = new Map<number, Array<{ from: string; to: string; hit: SchemeHit }>>();
  for (const e of cardIinRangesV1.entries) {
    for (const [from, to] of e.ranges) {
      const hit = { scheme: e.scheme, lengths: e.lengths, contextLengths: e.contextLengths ?? [], prefixLength: from.length };
      by.set(from.length, [...(by.get(from.length) ?? []), { from, to, hit }]);
    }
  }
  return [...by].sort((a, b) => b[0] - a[0]);
})();

interface SchemeHit {
  scheme: CardScheme;
  lengths: readonly number[];
  contextLengths: readonly number[];
  prefixLength: number;
}

type Range = { from: string; to: string; hit: SchemeHit };

// For each first two digits, the ranges a number starting so can fall in, in the order they are tried (longest
// prefix first, then table order): most candidates (order numbers, IDs) have a head no range covers, and then
// there is nothing to try. A number of any head falls in no range left out, so the first hit is the same.
const BY_HEAD: Array<Array<[number, Range]>> = (() => {
  const out: Array<Array<[number, Range]>> = Array.from({ length: 100 }, () => []);
  for (const [n, ranges] of RANGES_BY_LENGTH) {
    for (const r of ranges) {
      for (let h = 0; h < 100; h++) {
        const head = String(h).padStart(2, '0');
        const lo = n === 1 ? head[0]! : head + '0'.repeat(n - 2);
        const hi = n === 1 ? head[0]! : head + '9'.repeat(n - 2);
        if (hi >= r.from && lo <= r.to) out[h]!.push([n, r]);
      }
    }
  }
  return out;
})();

/** The scheme whose IIN range has the longest prefix matching `digits`. */
export function cardSchemeOf(digits: string): SchemeHit | undefined {
  const d0 = digits.charCodeAt(0) - 48;
  const d1 = digits.charCodeAt(1) - 48;
  if (d0 >= 0 && d0 <= 9 && d1 >= 0 && d1 <= 9) {
    for (const [n, r] of BY_HEAD[d0 * 10 + d1]!) {
      if (digits.length < n) continue;
      const head = digits.slice(0, n);
      if (head >= r.from && head <= r.to) return r.hit;
    }
    return undefined;
  }
  for (const [n, ranges] of RANGES_BY_LENGTH) {
    if (digits.length < n) continue;
    const head = digits.slice(0, n);
    for (const r of ranges) if (head >= r.from && head <= r.to) return r.hit;
  }
  return undefined;
}

// CVN2, expiry date or PIN next to a card number make it a payment credential (JR/T 0171 grade C3, pi-taxonomy §3.6).
const CREDENTIAL = [
  /(?:cvv2?|cvn2?|cvc2?|安全码|安全碼|校验码|校驗碼)\s{0,2}[:：]?\s{0,2}\d{3,4}(?!\d)/i,
  /(?:有效期|exp(?:iry|iration)?(?: date)?|valid thru)\s{0,2}[:：至到]?\s{0,2}(?:0[1-9]|1[0-2])\s?\/\s?\d{2}(?!\d)/i,
  /(?:密码|密碼|pin)\s{0,2}[:：]?\s{0,2}\d{4,6}(?!\d)/i,
];

function credentialNear(text: string, start: number, end: number): boolean {
  const window = text.slice(Math.max(0, start - 40), Math.min(text.length, end + 60));
  return CREDENTIAL.some((re) => re.test(window));
}

// An 18-digit run that is a well-formed resident ID is reported as one, not as a Visa/UnionPay-shaped card.
function looksLikeResidentId(digits: string): boolean {
  if (digits.length !== 18 || !isValidMod11_2(digits)) return false;
  return isCalendarDate(Number(digits.slice(6, 10)), Number(digits.slice(10, 12)), Number(digits.slice(12, 14)));
}

function validateCard(value: string, text: string, start: number, end: number): Verdict | Validation {
  const digits = value.replace(/[ -]/g, '');
  const hit = cardSchemeOf(digits);
  if (!hit) return { validation: 'invalid', notes: ['no IIN range for this prefix'] };
  if (looksLikeResidentId(digits)) return { validation: 'invalid', notes: ['resident ID number'] };
  if (followsIbanHead(text, start)) return { validation: 'invalid', notes: ['inside an IBAN'] };
  const attributes = { scheme: hit.scheme };
  const luhn = isValidLuhn(digits);
  // Context words are looked up only where the verdict depends on them (most candidates never get here).
  const hasCardWord = (): boolean => nearbyWords(text, start, end, CARD_CONTEXT).length > 0;
  // Where context alone makes the card (rare lengths, Luhn failures), the card word must label this very value.
  const labelled = (): boolean => labelBefore(text, start, CARD_CONTEXT, 14) !== 'other' && hasCardWord();
  if (!hit.lengths.includes(digits.length)) {
    // A short Visa/Maestro number is a card only when the text says so; its Luhn digit must hold.
    if (hit.contextLengths.includes(digits.length) && luhn && labelled()) {
      return { validation: 'valid', attributes, score: 0.75, notes: ['rare length, card context'] };
    }
    return { validation: 'invalid', notes: ['length not issued for this IIN'] };
  }
  if (luhn) {
    // An order or serial number passes Luhn one time in ten: negative context without a card word drops it.
    if (nearbyWords(text, start, end, NEGATIVE_CONTEXT).length > 0 && !hasCardWord())
      return { validation: 'valid', attributes, score: 0.4 };
    if (credentialNear(text, start, end)) {
      const notes = ['CVN2, expiry or PIN next to the card'];
      return { validation: 'valid', piType: 'SPI.FIN.CREDENTIAL', attributes: { ...attributes, credentialNearby: true }, notes };
    }
    return { validation: 'valid', attributes };
  }
  // Some UnionPay cards fail Luhn (card-validator skips it for UnionPay): only context makes them credible.
  if ((hit.scheme === 'unionpay' || /^(?:62|81)/.test(digits)) && digits.length >= 16 && labelled()) {
    return { validation: 'unchecked', attributes, score: 0.6, notes: ['Luhn fails; UnionPay BIN with card context'] };
  }
  return { validation: 'invalid', notes: ['Luhn'] };
}

/** Keeps the first 6 and last 4 digits (PCI DSS display rule), separators included. */
export function maskCard(value: string): string {
  const n = value.replace(/\D/g, '').length;
  let i = 0;
  return value.replace(/\d/g, (d) => (i++ >= 6 && i <= n - 4 ? '*' : d));
}

/** Payment card number (PAN): UnionPay and international schemes by IIN table and length, Luhn with the UnionPay exception. */
export const bankCard = defineRecognizer({
  meta: {
    id: 'bank-card',
    entity: 'BANK_CARD',
    piType: 'SPI.FIN.CARD',
    country: 'INTL',
    description:
      'Bank/payment card number: UnionPay (62/81), Visa, Mastercard (incl. 2-series), Amex, Discover, JCB, Diners, Mir, Maestro ' +
      'and legacy Chinese domestic BINs; Luhn pass → high, Luhn fail + UnionPay BIN + card context → medium, else dropped.',
    references: [
      'pi-taxonomy.md §3.6',
      'braintree/credit-card-type card-types.ts',
      'card-validator luhnValidateUnionPay',
      'ISO/IEC 7812-1',
    ],
    version: 1,
  },
  prefilter: /\d{4}[ -]?\d{4}/,
  patterns: [
    { name: 'compact', regex: /(?<![0-9A-Za-z])(?:[1-6]|8[01]|9[45])\d{11,18}(?![0-9A-Za-z])/g, score: 0.5 },
    { name: 'grouped', regex: /(?<![0-9A-Za-z])[2-9]\d{3}([ -])\d{4}\1\d{4}\1\d{4}(?:\1?\d{1,3})?(?![0-9A-Za-z])/g, score: 0.5 },
    { name: 'amex-grouped', regex: /(?<![0-9A-Za-z])3[47]\d{2}([ -])\d{6}\1\d{5}(?![0-9A-Za-z])/g, score: 0.5 },
  ],
  context: { words: CARD_CONTEXT, negative: NEGATIVE_CONTEXT },
  validate: (value, { text, candidate }) => validateCard(value, text, candidate.start, candidate.end),
  mask: maskCard,
});
