import { isValidLuhn } from '../../checksums/luhn.js';
import { defineRecognizer } from '../../recognizer.js';
import { DEVICE_CONTEXT } from './device-context.js';
import { nearbyWords } from './nearby-words.js';
import { NEGATIVE_CONTEXT } from './negative-context.js';
import { labelBefore } from './label-before.js';

/**
 * IMEI (15 digits, Luhn) and IMEISV (16 digits) next to device words. A 15-digit run is also the length of a legacy
 * resident ID number: context decides (the resident-ID recogniser treats "IMEI" as negative context, this one
 * needs device words), and a Luhn failure is never an IMEI.
 */
export const imei = defineRecognizer({
  meta: {
    id: 'imei',
    entity: 'IMEI',
    piType: 'PI.DEVICE',
    country: 'INTL',
    description: 'Mobile equipment identity: IMEI (8-digit TAC + 6-digit serial + Luhn digit) or IMEISV (16 digits), with device context.',
    references: ['3GPP TS 23.003 §6.2', 'pi-taxonomy.md §3.9', 'python-stdnum stdnum/imei.py'],
    version: 1,
  },
  prefilter: /\d{6}/,
  patterns: [
    { name: 'imei', regex: /(?<![0-9A-Za-z]|\d[.-])\d{15}(?![0-9A-Za-z]|[.-]\d)/g, score: 0.4 },
    // AA-BBBBBB-CCCCCC-D, AABBBB-CC-CCCCCC-D, AA-BBBBBB-CCCCCC (no check digit), AA-BBBBBB-CCCCCC-EE (IMEISV).
    { name: 'imei-grouped', regex: /(?<![0-9A-Za-z-])\d{2,6}([ -])\d{2,6}(?:\1\d{1,6}){1,2}(?![0-9A-Za-z]|[ -]\d)/g, score: 0.4 },
    { name: 'imei-14', regex: /(?<![0-9A-Za-z]|\d[.-])\d{14}(?![0-9A-Za-z]|[.-]\d)/g, score: 0.3 },
    { name: 'imeisv', regex: /(?<![0-9A-Za-z]|\d[.-])\d{16}(?![0-9A-Za-z]|[.-]\d)/g, score: 0.3 },
  ],
  context: { words: DEVICE_CONTEXT, negative: NEGATIVE_CONTEXT, required: true, after: 2 },
  validate(value, { text, candidate }) {
    const digits = value.replace(/[ -]/g, '');
    if (/^(\d)\1+$/.test(digits)) return 'invalid';
    if (labelBefore(text, candidate.start, DEVICE_CONTEXT) === 'other') return 'invalid';
    // 16 digits are as often a card number: only an explicit IMEISV label makes them one.
    if (candidate.pattern === 'imei-grouped' || candidate.pattern === 'imei-14') {
      // The grouped forms carry the 8-digit TAC first; 14 digits are an IMEI without its check digit.
      if (digits.length === 14) return { validation: 'unchecked', attributes: { tac: digits.slice(0, 8) }, notes: ['no check digit'] };
      if (digits.length === 16) return { validation: 'unchecked', entity: 'IMEISV', attributes: { tac: digits.slice(0, 8) } };
      if (digits.length !== 15) return 'invalid';
    }
    if (candidate.pattern === 'imeisv' && nearbyWords(text, candidate.start, candidate.end, ['imeisv', 'imei sv', 'imei-sv']).length === 0)
      return 'invalid';
    if (candidate.pattern === 'imeisv') return { validation: 'unchecked', entity: 'IMEISV', attributes: { tac: digits.slice(0, 8) } };
    return isValidLuhn(digits)
      ? { validation: 'valid', attributes: { tac: digits.slice(0, 8) } }
      : { validation: 'invalid', notes: ['Luhn'] };
  },
  mask: (value) => `${value.slice(0, 8)}${'*'.repeat(value.length - 12)}${value.slice(-4)}`,
});
