import { defineRecognizer } from '../../recognizer.js';
import { CARD_CONTEXT } from '../generic/bank-card.js';
import { hasWordNear } from '../../masking/has-word-near.js';

const G = '*×✱●•○#?_';
const EDGE = `(?<![0-9A-Za-z${G}-])`;
const END = `(?![0-9A-Za-z${G}])`;
// Card numbers run from 13 to 19 digits (ISO/IEC 7812); masks keep the first 6 and last 4, or the last 4 only.
const MIN_LENGTH = 13;
const MAX_LENGTH = 19;
// Fewer hidden digits than this exceed the 6 + 4 convention of a 16-digit card.
const CONVENTION_HIDDEN = 6;

/**
 * Masked payment card numbers (`622202******1234`, `6222 **** **** 1234`, `**** **** **** 1234`): `masked` when at
 * least 6 digits are hidden, `partially_masked` when fewer, `exposed` when one is (the Luhn digit recovers it).
 * A mask without a visible issuer prefix (last 4 only) needs a card word nearby.
 */
export const cnBankCardMasked = defineRecognizer({
  meta: {
    id: 'cn-bank-card-masked',
    entity: 'BANK_CARD',
    piType: 'SPI.FIN.CARD',
    country: 'CN',
    description: 'Masked bank card number (UnionPay and international schemes); state by hidden digits, Luhn recovery of one.',
    references: ['pi-taxonomy.md §5.3', 'JR/T 0171-2020 Annex A', 'ISO/IEC 7812-1'],
    version: 1,
  },
  // Every number the validator accepts hides a cell, and a hidden cell sits in a group of at least three cells: a
  // glyph next to a cell. Text rarely has that where it has some glyph (?, #, _ are everywhere), so the pattern runs
  // in far fewer windows (masked-prefilters.test.ts).
  // Written to start at the glyph, which V8 can skip to (rewritten-prefilters.test.ts has the plain form).
  prefilter: /[*×✱●•○#?_](?:(?<=[0-9*×✱●•○#?_].)|(?=[0-9*×✱●•○#?_]))/,
  patterns: [{ name: 'card-masked', regex: new RegExp(`${EDGE}[0-9${G}](?:[ -]?[0-9${G}]){12,18}${END}`, 'g'), score: 0.6 }],
  context: { words: CARD_CONTEXT, negative: ['身份证', '证件号', '手机', '电话', '订单号', '运单号', 'order', 'tracking'] },
  validate(value, { text, candidate, context }) {
    // Most candidates are plain card numbers or digit runs, which the checks below reject for hiding nothing:
    // rejected here first, without splitting and matching.
    if (!/[^\d -]/.test(value)) return 'invalid';
    // Card numbers are written in groups of 4 (4-6-5 for some schemes); shorter groups are dates or codes.
    const groups = value.split(/[ -]/);
    if (groups.length > 1 && groups.some((g) => g.length < 3)) return 'invalid';
    const cells = value.replace(/[ -]/g, '');
    // `?` is also what undecodable text becomes: only a run of two or more is read as a mask.
    if (/(?<!\?)\?(?!\?)/.test(cells)) return 'invalid';
    if (cells.length < MIN_LENGTH || cells.length > MAX_LENGTH) return 'invalid';
    const prefix = /^\d*/.exec(cells)?.[0] ?? '';
    const suffix = /\d*$/.exec(cells)?.[0] ?? '';
    const hidden = cells.length - prefix.length - suffix.length;
    // One run of mask glyphs between a visible head and tail, as card masks are written.
    if (hidden === 0 || !/^[^0-9]+$/.test(cells.slice(prefix.length, cells.length - suffix.length))) return 'invalid';
    if (prefix.length + suffix.length < 4) return 'invalid';
    if (prefix.length > 0 && !/^[2-6]/.test(prefix)) return 'invalid';
    if (prefix.length < 4 && !hasWordNear(text, candidate.start, candidate.end, CARD_CONTEXT, context)) return 'invalid';
    const state = hidden === 1 ? 'exposed' : hidden >= CONVENTION_HIDDEN ? 'masked' : 'partially_masked';
    return {
      validation: 'unchecked',
      state,
      attributes: { residualCandidates: 10 ** (hidden - 1) },
      notes: [
        state === 'exposed'
          ? 'one digit hidden: the Luhn check digit recovers it'
          : `${hidden} digits hidden; ${10 ** (hidden - 1)} card numbers fit with the Luhn check`,
      ],
    };
  },
  // The preview shows at most the first 6 and last 4 digits.
  mask: (value) => {
    const cells = value.replace(/[ -]/g, '');
    return `${cells.slice(0, 6)}${'*'.repeat(cells.length - 10)}${cells.slice(-4)}`;
  },
});
