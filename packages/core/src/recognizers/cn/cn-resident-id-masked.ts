import { parseMaskedRic } from '../../masking/masked-ric-pattern.js';
import { readMaskedRic } from '../../masking/ric-mask-state.js';
import { defineRecognizer } from '../../recognizer.js';
import { hasWordNear } from '../../masking/has-word-near.js';
import { ID_CONTEXT } from './id-context.js';

// Mask glyphs of pi-taxonomy §5.2 after normalisation (full-width forms are already ASCII), plus X runs.
const G = '*×✱●•○#?_';
const BODY = `[0-9Xx${G}]`;
const EDGE = `(?<![0-9A-Za-z${G}])`;
const END = `(?![0-9A-Za-z${G}])`;
// Something hidden, as parseMaskedRic reads it: a glyph, or an X that is not the last character (an X run included).
// A match is a whole run of BODY (EDGE and END fence it), so the look-ahead reads inside the match only, and a plain
// number (the commonest match in tables and logs, which the validator would reject) is not matched at all.
const HIDES = `(?=${BODY}{0,17}(?:[${G}]|[Xx]${BODY}))`;
// Digits left visible below which a masked form says too little to be called an ID number without context.
const MIN_VISIBLE_BARE = 6;

function visibleDigits(pattern: string): number {
  let n = 0;
  for (const c of pattern) if (c !== '?') n++;
  return n;
}

/**
 * Masked PRC resident ID numbers (`110105********002X`, `110105194912******`, `1101051949123100*X`, fixed-width
 * `1101051949******`), with the state of pi-taxonomy §5.4 from the count of real numbers that still fit.
 * Short fixed-width forms, and forms showing fewer than 6 digits (1 + 1 conventions), need an ID context word.
 */
export const cnResidentIdMasked = defineRecognizer({
  meta: {
    id: 'cn-resident-id-masked',
    entity: 'CN_RIC18',
    piType: 'PI.ID.RIC',
    country: 'CN',
    description: 'Masked resident ID number; state masked / partially masked / exposed by residual candidates (date, region, checksum).',
    references: ['pi-taxonomy.md §5.2–5.4', 'GB 11643-1999', 'JR/T 0171-2020 Annex A'],
    version: 1,
  },
  prefilter: /[*×✱●•○#?_]|[Xx]{2}/,
  patterns: [
    { name: 'ric18-masked', regex: new RegExp(`${EDGE}${HIDES}[1-9${G}]${BODY}{17}${END}`, 'g'), score: 0.6 },
    { name: 'ric-masked-fixed-width', regex: new RegExp(`${EDGE}${HIDES}[1-9${G}]${BODY}{9,16}${END}`, 'g'), score: 0.6 },
  ],
  context: {
    words: ID_CONTEXT,
    negative: ['订单号', '单号', '流水号', '交易号', '编号', '序列号', '运单号', '卡号', '银行卡', 'order', 'serial', 'card'],
  },
  validate(value, { text, candidate, now, context }) {
    const pattern = parseMaskedRic(value);
    if (pattern === undefined) return 'invalid';
    const visible = visibleDigits(pattern);
    const hasContext = hasWordNear(text, candidate.start, candidate.end, ID_CONTEXT, context);
    if (visible < 2 || ((value.length !== 18 || visible < MIN_VISIBLE_BARE) && !hasContext)) return 'invalid';
    const reading = readMaskedRic(pattern, now);
    if (!reading) return { validation: 'invalid', notes: ['no real number fits the visible digits'] };
    return {
      validation: reading.state === 'exposed' ? 'valid' : 'unchecked',
      state: reading.state,
      attributes: reading.attributes,
      notes: reading.notes,
    };
  },
  mask: (value) => (value.length >= 10 ? value.slice(0, 6) + '*'.repeat(value.length - 10) + value.slice(-4) : value),
});
