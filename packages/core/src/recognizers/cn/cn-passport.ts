import { defineRecognizer } from '../../recognizer.js';
import { DOCUMENT_NEGATIVE_CONTEXT } from './travel-document-context.js';

const B = '(?<![0-9A-Za-z])';
const E = '(?![0-9A-Za-z])';

const ENTITY: Record<string, string> = { ordinary: 'CN_PASSPORT', official: 'CN_PASSPORT', hk: 'HK_PASSPORT', macao: 'MO_PASSPORT' };

/** PRC passport numbers (E/G ordinary, DE/SE/PE and older official series) and Hong Kong / Macao SAR passports; context required. */
export const cnPassport = defineRecognizer({
  meta: {
    id: 'cn-passport',
    entity: 'CN_PASSPORT',
    piType: 'PI.ID.PASSPORT',
    country: 'CN',
    description:
      '中国护照: E + 8 digits, E + letter + 7 digits, G + 8 (old), DE/SE/PE + 7, D/S/P + 7–8, 14/15 + 7; HK SAR K/H + 8; Macao SAR MA + 7. No check outside the MRZ, so context is required.',
    references: ['pi-taxonomy.md §3.4', 'any-rule 护照（包含香港、澳门）'],
    version: 1,
  },
  prefilter: /[A-Za-z1]\d{7}/,
  patterns: [
    { name: 'ordinary', regex: new RegExp(`${B}(?:[Ee][0-9A-HJ-NP-Z]\\d{7}|[Gg]\\d{8})${E}`, 'g'), score: 0.45 },
    { name: 'official', regex: new RegExp(`${B}(?:[DSPdsp][Ee]\\d{7}|[DSPdsp]\\d{7,8}|1[45]\\d{7})${E}`, 'g'), score: 0.4 },
    { name: 'hk', regex: new RegExp(`${B}[KHkh]\\d{8}${E}`, 'g'), score: 0.4 },
    { name: 'macao', regex: new RegExp(`${B}MA\\d{7}${E}`, 'gi'), score: 0.4 },
  ],
  context: {
    words: ['护照', '護照', '旅行证件', '旅行證件', 'passport', 'passeport', 'pasaporte', 'pass no', 'ppt no'],
    negative: DOCUMENT_NEGATIVE_CONTEXT,
    required: true,
  },
  validate(_value, { candidate }) {
    return { validation: 'unchecked', entity: ENTITY[candidate.pattern] ?? 'CN_PASSPORT' };
  },
  mask: (value) => value.slice(0, 2) + '*'.repeat(value.length - 4) + value.slice(-2),
});
