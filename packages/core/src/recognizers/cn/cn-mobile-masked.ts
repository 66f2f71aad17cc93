import { defineRecognizer } from '../../recognizer.js';
import { hasWordNear } from '../../masking/has-word-near.js';
import { mobileSegmentOf } from './mobile-segments.js';

// Mask glyphs (pi-taxonomy §5.2) and x, which phone masks use freely (there is no check digit to confuse).
const G = '*×✱●•○#?_Xx';
const CELL = `[0-9${G}]`;
const EDGE = `(?<![0-9A-Za-z${G}])`;
const END = `(?![0-9A-Za-z${G}])`;
// A relay extension after the number makes it the relay pattern's match, not this one's.
const NO_EXTENSION = '(?!(?:转|-|,|，)\\d{3,4}(?!\\d))';
const PHONE_CONTEXT = [
  '手机',
  '电话',
  '联系方式',
  '联系电话',
  '号码',
  '手機',
  '電話',
  'tel',
  'mobile',
  'phone',
  'cell',
  '收件人',
  '收货人',
];
// Hidden digits from which a mask follows the 3 + 4 display convention (pi-taxonomy §5.4 "Phone").
const CONVENTION_HIDDEN = 4;

/**
 * Masked PRC mobile numbers (`138****5678`, `1381234****`, `138 **** 5678`, `+86 138****5678`): `masked` when 4 or
 * more digits are hidden, `partially_masked` below that. Masks that show fewer than 6 digits need a phone word.
 * Relay numbers of privacy waybills (`1xx xxxx xxxx转1234`) are `masked`.
 */
export const cnMobileMasked = defineRecognizer({
  meta: {
    id: 'cn-mobile-masked',
    entity: 'CN_MOBILE',
    piType: 'PI.BASIC.PHONE',
    country: 'CN',
    description: 'Masked PRC mobile number; masked (≥4 hidden digits, the 3 + 4 convention) or partially masked (fewer).',
    references: ['pi-taxonomy.md §5.2–5.4', 'JR/T 0171-2020 Annex A'],
    version: 1,
  },
  // Every number the validator accepts hides a cell, and a hidden cell sits in a group of cells: a glyph other than x
  // next to a cell, or two x cells (a lone x is refused) at most one separator apart. Text rarely has that where it
  // has some glyph (?, #, _, x are everywhere), so the patterns run in far fewer windows (masked-prefilters.test.ts).
  // Written to start at the glyph, which V8 can skip to (rewritten-prefilters.test.ts has the plain form).
  prefilter: /[*×✱●•○#?_](?:(?<=[0-9*×✱●•○#?_Xx].)|(?=[0-9*×✱●•○#?_Xx]))|[Xx](?=[ -]?[Xx])/,
  patterns: [
    { name: 'mobile-masked', regex: new RegExp(`${EDGE}(?:(?:\\+|00)86[ -]?)?1[3-9]${CELL}{9}${END}${NO_EXTENSION}`, 'g'), score: 0.6 },
    {
      name: 'mobile-masked-spaced',
      regex: new RegExp(`${EDGE}(?:(?:\\+|00)86[ -]?)?1[3-9]${CELL}[ -]${CELL}{4}[ -]${CELL}{4}${END}${NO_EXTENSION}`, 'g'),
      score: 0.55,
    },
    {
      // Privacy waybills (隐私面单) print a relay number with the segment hidden too: 1xx xxxx xxxx转1234.
      name: 'mobile-relay',
      regex: new RegExp(`${EDGE}1${CELL}{2}[ -]?${CELL}{4}[ -]?${CELL}{4}(?:转|-|,|，)\\d{3,4}(?!\\d)`, 'g'),
      score: 0.6,
    },
  ],
  context: {
    words: PHONE_CONTEXT,
    negative: ['订单号', '单号', '流水号', '交易号', '编号', '序列号', '身份证', 'order', 'serial'],
  },
  validate(value, { text, candidate, context }) {
    const relay = /^(.*?)(?:转|-|,|，)(\d{3,4})$/.exec(value);
    if (relay && candidate.pattern === 'mobile-relay') {
      const hiddenDigits = (relay[1] ?? '').replace(/[ -]/g, '').replace(/\d/g, '').length;
      if (hiddenDigits < CONVENTION_HIDDEN || /(?<![Xx])[Xx](?![Xx])/.test(relay[1] ?? '')) return 'invalid';
      return {
        validation: 'unchecked',
        state: 'masked',
        notes: ['virtual relay number with an extension (privacy waybill): the real number is not shown (pi-taxonomy §5.4)'],
      };
    }
    const national = value.replace(/[ -]/g, '').replace(/^(?:\+86|0086)/, '');
    // A lone x is a typo or a letter (567x), not a mask: masks write x in runs (138xxxx5678).
    if (/(?<![Xx])[Xx](?![Xx])/.test(national)) return 'invalid';
    let hidden = 0;
    for (const c of national) if (c < '0' || c > '9') hidden++;
    if (hidden === 0 || hidden > 8) return 'invalid';
    const visible = 11 - hidden;
    if (visible < 6 && !hasWordNear(text, candidate.start, candidate.end, PHONE_CONTEXT, context)) return 'invalid';
    // A visible segment must be an allocated one.
    if (/^\d{3}/.test(national) && !mobileSegmentOf(`${national.slice(0, 3)}${/^\d{4}/.test(national) ? national[3] : '0'}0000000`)) {
      return 'invalid';
    }
    const state = hidden >= CONVENTION_HIDDEN ? 'masked' : 'partially_masked';
    return {
      validation: 'unchecked',
      state,
      attributes: { residualCandidates: 10 ** hidden },
      notes: [
        state === 'masked'
          ? `${hidden} digits hidden (display convention 3 + 4)`
          : `only ${hidden} digit${hidden === 1 ? '' : 's'} hidden: ${10 ** hidden} numbers fit, re-identifying with a name or district (pi-taxonomy §5.4)`,
      ],
    };
  },
  // The preview never shows more than the 3 + 4 convention, even when the document did.
  mask: (value) => {
    if (/(?:转|,|，)\d{3,4}$/.test(value)) return value;
    const national = value.replace(/[ -]/g, '').replace(/^(?:\+86|0086)/, '');
    return `${national.slice(0, 3)}****${national.slice(7)}`;
  },
});
