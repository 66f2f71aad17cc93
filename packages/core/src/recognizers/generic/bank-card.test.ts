import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardIinRangesV1 } from '../../data/card-iin-ranges.v1.js';
import { createAnalyzer } from '../../analyzer/create-analyzer.js';
import { isValidLuhn } from '../../checksums/luhn.js';
import { generateLuhn, generateLuhnFail, generateRic18, recognizerTests } from '../../testing/index.js';
import { bankCard, cardSchemeOf } from './bank-card.js';

const up19 = generateLuhn('622202', 19);
const up16 = generateLuhn('621234', 16);
const visa = generateLuhn('411111', 16);
const mc2 = generateLuhn('222300', 16);
const amex = generateLuhn('378282', 15);
const jcb = generateLuhn('353011', 16);
const mir = generateLuhn('220012', 16);
const upFail = generateLuhnFail('622848', 19);
const visaFail = generateLuhnFail('411111', 16);
const grouped = up19.replace(/^(\d{4})(\d{4})(\d{4})(\d{4})(\d{3})$/, '$1 $2 $3 $4 $5');
// A resident ID that also passes Luhn: the ID reading wins over the card reading.
const ricLuhn = Array.from({ length: 1000 }, (_, i) => generateRic18('440305', '19900101', String(i).padStart(3, '0'))).find(
  (v) => /^\d{18}$/.test(v) && isValidLuhn(v),
);

describe('bank-card', () => {
  for (const t of recognizerTests(bankCard, {
    valid: [
      {
        name: 'UnionPay 19 digits',
        text: up19,
        expect: [{ value: up19, validation: 'valid', class: 'sensitive', attributes: { scheme: 'unionpay' } }],
      },
      { name: 'UnionPay 16 digits with context', text: `银行卡号：${up16}`, expect: [{ value: up16, minScore: 0.95 }] },
      { name: 'Visa', text: `card ${visa}`, expect: [{ attributes: { scheme: 'visa' } }] },
      { name: 'Mastercard 2-series', text: mc2, expect: [{ attributes: { scheme: 'mastercard' } }] },
      { name: 'Amex 15', text: amex, expect: [{ attributes: { scheme: 'amex' } }] },
      { name: 'JCB', text: jcb, expect: [{ attributes: { scheme: 'jcb' } }] },
      { name: 'Mir', text: mir, expect: [{ attributes: { scheme: 'mir' } }] },
      { name: 'spaced groups of four', text: `卡號 ${grouped}`, expect: [{ value: grouped }] },
      { name: 'hyphen groups', text: '4111-1111-1111-1111', expect: [{ value: '4111-1111-1111-1111', attributes: { scheme: 'visa' } }] },
      { name: 'Amex 4-6-5', text: '3782 822463 10005', expect: [{ attributes: { scheme: 'amex' } }] },
      {
        name: 'UnionPay Luhn failure excused by context',
        text: `开户行：工商银行 卡号 ${upFail}`,
        expect: [{ value: upFail, validation: 'unchecked', minScore: 0.5 }],
      },
      {
        name: 'CVV next to the card makes it a credential',
        text: `卡号 ${visa} CVV: 123`,
        expect: [{ value: visa, piType: 'SPI.FIN.CREDENTIAL', attributes: { credentialNearby: true } }],
      },
      { name: 'expiry next to the card', text: `${mc2} 有效期 09/28`, expect: [{ piType: 'SPI.FIN.CREDENTIAL' }] },
      { name: 'no credential: the card stays a card', text: `卡号 ${visa} 开户行 工商银行`, expect: [{ piType: 'SPI.FIN.CARD' }] },
      { name: 'UnionPay test number', text: '6200000000000005', expect: [{ attributes: { scheme: 'unionpay' } }] },
      {
        name: 'Visa 13 digits with card context',
        text: `credit card ${generateLuhn('448251', 13)}`,
        expect: [{ attributes: { scheme: 'visa' }, minScore: 0.75 }],
      },
      {
        name: 'Maestro 12 digits with card context',
        text: `card ${generateLuhn('503802', 12)}`,
        expect: [{ attributes: { scheme: 'maestro' } }],
      },
      {
        name: 'JCB 15 digits (2131) with context',
        text: `card no. ${generateLuhn('213175', 15)}`,
        expect: [{ attributes: { scheme: 'jcb' } }],
      },
    ],
    invalid: [
      { name: 'Visa Luhn failure', text: `信用卡 ${visaFail}` },
      { name: 'UnionPay Luhn failure without context', text: upFail },
      { name: 'Luhn-valid order number', text: `订单号 ${generateLuhn('622202', 19, '97531')}` },
      { name: 'Mastercard wrong length', text: generateLuhn('555555', 17) },
      { name: 'unknown prefix 99', text: generateLuhn('990000', 16) },
      { name: 'Visa 13 digits without context', text: generateLuhn('448251', 13) },
      { name: 'cc inside a word is no card word', text: `account ${generateLuhn('448251', 13)}` },
      { name: 'Maestro 12 digits, Luhn fails, with context', text: `card ${generateLuhnFail('503802', 12)}` },
      { name: '12 digits starting 1 with context', text: `card ${generateLuhn('123456', 12)}` },
      { name: 'Maestro-shaped serial after an earlier card field', text: `银行卡号：4，SN: ${generateLuhn('599228', 12)}` },
      { name: 'inside a longer run', text: `1${visa}` },
      { name: 'mixed separators', text: '4111 1111-1111 1111' },
      { name: 'groups inside a printed IBAN', text: 'ES59 0049 4111 1111 1111 1111' },
      ...(ricLuhn ? [{ name: 'resident ID that passes Luhn', text: ricLuhn }] : []),
    ],
  })) {
    it(t.name, t.run);
  }

  it('masks all but the first 6 and last 4 digits', () => {
    const a = createAnalyzer({ recognizers: [bankCard], types: ['bank-card'] });
    expect(a.analyze('4111 1111 1111 1111')[0]?.masked).toBe('4111 11** **** 1111');
    expect(a.analyze(up19)[0]?.masked).toBe(`${up19.slice(0, 6)}*********${up19.slice(-4)}`);
  });

  it('chooses the longest IIN prefix', () => {
    expect(cardSchemeOf('6011000000000004')?.scheme).toBe('discover');
    expect(cardSchemeOf('6013000000000000')?.scheme).toBe('cn-domestic');
    expect(cardSchemeOf('2720990000000000')?.scheme).toBe('mastercard');
    expect(cardSchemeOf('2721000000000000')).toBeUndefined();
  });

  it('has found a resident ID that passes Luhn for the precedence case', () => expect(ricLuhn).toBeDefined());
});

describe('cardSchemeOf', () => {
  // The plain reading (longest prefix first, then table order), kept as the specification of the bucketed one.
  function plainSchemeOf(digits: string): string | undefined {
    const by = new Map<number, Array<{ from: string; to: string; scheme: string }>>();
    for (const e of cardIinRangesV1.entries) {
      for (const [from, to] of e.ranges) by.set(from.length, [...(by.get(from.length) ?? []), { from, to, scheme: e.scheme }]);
    }
    for (const [n, ranges] of [...by].sort((a, b) => b[0] - a[0])) {
      if (digits.length < n) continue;
      const head = digits.slice(0, n);
      for (const r of ranges) if (head >= r.from && head <= r.to) return r.scheme;
    }
    return undefined;
  }

  it('gives the scheme of the plain range scan on random numbers and range edges', () => {
    const edges = cardIinRangesV1.entries.flatMap((e) => e.ranges.flat());
    for (const edge of edges) {
      for (const tail of ['', '0', '9', '000000000000', '999999999999']) {
        expect(cardSchemeOf(edge + tail)?.scheme).toBe(plainSchemeOf(edge + tail));
      }
    }
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{0,20}$/), fc.constantFrom('', ...edges), fc.nat(6), (digits, head, cut) => {
        const d = head.slice(0, cut) + digits;
        expect(cardSchemeOf(d)?.scheme).toBe(plainSchemeOf(d));
        expect(cardSchemeOf(digits)?.scheme).toBe(plainSchemeOf(digits));
      }),
      { numRuns: 5000 },
    );
    expect(cardSchemeOf('a1234')?.scheme).toBe(plainSchemeOf('a1234'));
  });
});
