// Payment card issuer identification number (IIN/BIN) ranges and lengths per scheme (pi-taxonomy.md §3.6).
// Versioned data: update the entries and bump the version, not the code. A range is [from, to] over prefixes of
// equal length; the longest matching prefix wins (6011 Discover inside 60 domestic China). Lengths below 16 are
// kept only where a scheme has no longer cards (Amex 15, Diners 14): 12–15 digit Maestro runs are mostly not cards.

export type CardScheme =
  | 'unionpay'
  | 'visa'
  | 'mastercard'
  | 'amex'
  | 'discover'
  | 'jcb'
  | 'diners'
  | 'mir'
  | 'maestro'
  | 'cn-domestic';

export interface IinEntry {
  scheme: CardScheme;
  ranges: ReadonlyArray<readonly [string, string]>;
  lengths: readonly number[];
  /** Lengths issued but rare or shared with other numbers (Visa 13, Maestro 12–15): reported only with card context. */
  contextLengths?: readonly number[];
}

const r = (from: string, to = from): readonly [string, string] => [from, to];

export const cardIinRangesV1 = {
  name: 'card-iin-ranges',
  version: '1.1.0',
  source:
    'braintree/credit-card-type src/lib/card-types.ts (2024); China UnionPay BINs 62/81; legacy domestic BINs 60xxxx, 9558, 9559',
  entries: [
    {
      scheme: 'unionpay',
      ranges: [
        r('620'),
        r('624', '626'),
        r('62100', '62182'),
        r('62184', '62197'),
        r('62200', '62205'),
        r('622010', '622999'),
        r('62207', '62209'),
        r('623'),
        r('6270'),
        r('6272'),
        r('6276'),
        r('627700', '627779'),
        r('627781', '627799'),
        r('6282', '6289'),
        r('6291'),
        r('6292'),
        r('810'),
        r('8110', '8171'),
      ],
      lengths: [14, 15, 16, 17, 18, 19],
    },
    { scheme: 'visa', ranges: [r('4')], lengths: [16, 18, 19], contextLengths: [13] },
    { scheme: 'mastercard', ranges: [r('51', '55'), r('2221', '2720')], lengths: [16] },
    { scheme: 'amex', ranges: [r('34'), r('37')], lengths: [15] },
    { scheme: 'discover', ranges: [r('6011'), r('644', '649'), r('65')], lengths: [16, 19] },
    // JCB's own range is 3528–3589; the rest of 35 (ISO/IEC 7812 major industry 3, travel and entertainment) is accepted
    // with Luhn as JCB-like, and the legacy 15-digit 1800/2131 cards need context.
    { scheme: 'jcb', ranges: [r('3528', '3589')], lengths: [16, 17, 18, 19] },
    { scheme: 'jcb', ranges: [r('35')], lengths: [16] },
    { scheme: 'jcb', ranges: [r('1800'), r('2131')], lengths: [], contextLengths: [15] },
    { scheme: 'diners', ranges: [r('300', '305'), r('36'), r('38'), r('39')], lengths: [14, 16, 19] },
    { scheme: 'mir', ranges: [r('2200', '2204')], lengths: [16, 17, 18, 19] },
    { scheme: 'maestro', ranges: [r('493698'), r('500000', '504174'), r('504176', '506698'), r('506779', '508999'), r('56', '59'), r('63'), r('67')], lengths: [16, 17, 18, 19], contextLengths: [12, 13, 14, 15] },
    { scheme: 'cn-domestic', ranges: [r('60'), r('9558'), r('9559')], lengths: [16, 17, 18, 19] },
  ] as readonly IinEntry[],
} as const;
