import { isValidLuhn } from '../../checksums/luhn.js';
import { defineRecognizer } from '../../recognizer.js';
import { DEVICE_CONTEXT } from '../generic/device-context.js';
import { nearbyWords } from '../generic/nearby-words.js';
import { NEGATIVE_CONTEXT } from '../generic/negative-context.js';

const ICCID_WORDS = [...DEVICE_CONTEXT, 'sim card', 'sim no', 'sim:', 'sim卡号', '卡号', '卡號', '集成电路卡识别码'];

/** SIM card serial (ICCID) issued in China: 89 (telecom) 86 (China) 0 + 14–15 digits, Luhn check digit. */
export const cnIccid = defineRecognizer({
  meta: {
    id: 'cn-iccid',
    entity: 'ICCID',
    piType: 'PI.DEVICE',
    country: 'CN',
    description:
      'ICCID of a Chinese SIM (89860…, 19–20 digits): Luhn pass → reported; Luhn fail only with SIM/ICCID context ' +
      '(some operators append a non-Luhn 20th digit).',
    references: ['ITU-T E.118', 'pi-taxonomy.md §3.9'],
    version: 1,
  },
  prefilter: /89860/,
  patterns: [{ name: 'iccid', regex: /(?<![0-9A-Za-z])89860\d{14,15}(?![0-9A-Za-z])/g, score: 0.5 }],
  context: { words: ICCID_WORDS, negative: NEGATIVE_CONTEXT },
  validate(value, { text, candidate }) {
    const attributes = { issuer: value.slice(5, 7) };
    if (isValidLuhn(value) || (value.length === 20 && isValidLuhn(value.slice(0, 19)))) return { validation: 'valid', attributes };
    if (nearbyWords(text, candidate.start, candidate.end, ICCID_WORDS).length > 0)
      return { validation: 'unchecked', attributes, score: 0.6 };
    return { validation: 'invalid', notes: ['Luhn'] };
  },
  mask: (value) => `${value.slice(0, 6)}${'*'.repeat(value.length - 10)}${value.slice(-4)}`,
});
