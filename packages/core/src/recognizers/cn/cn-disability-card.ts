import { defineRecognizer } from '../../recognizer.js';
import { validateRic18 } from './cn-resident-id.js';
import { DOCUMENT_NEGATIVE_CONTEXT } from './travel-document-context.js';

// Categories of the CDPF second-generation card, in the order of its notice (one secondary source swaps 1 and 2).
const CATEGORIES = ['vision', 'hearing', 'speech', 'physical', 'intellectual', 'mental', 'multiple'] as const;

/** Second-generation disability card number: the holder's resident ID + category (1–7) + grade (1–4). Sensitive PI. */
export const cnDisabilityCard = defineRecognizer({
  meta: {
    id: 'cn-disability-card',
    entity: 'CN_DISABILITY_CARD',
    piType: 'SPI.IDENTITY.DISABILITY',
    country: 'CN',
    description:
      '残疾人证号 (2nd generation): 20 characters = 18-character resident ID (MOD 11-2) + disability category 1–7 + grade 1–4 (1 most severe).',
    references: ['pi-taxonomy.md §3.2 (variants table)', 'CDPF second-generation card numbering (铁岭市残联 notice, 2010)'],
    version: 1,
  },
  prefilter: /\d{17}[\dXx][1-7]/,
  patterns: [{ name: 'ric18-category-grade', regex: /(?<![0-9A-Za-z])[1-9]\d{16}[\dXx][1-7][1-4](?![0-9A-Za-z])/g, score: 0.5 }],
  context: {
    words: ['残疾', '殘疾', '残障', '殘障', '残联', '殘聯', '伤残', '傷殘', '残疾人证', '殘疾人證', 'disability', 'disabled'],
    negative: DOCUMENT_NEGATIVE_CONTEXT,
  },
  validate(value, { now }) {
    const ric = validateRic18(value.slice(0, 18), now);
    if (ric.validation !== 'valid') return { ...ric, validation: 'invalid' };
    const category = Number(value[18]);
    return {
      validation: 'valid',
      attributes: {
        ...ric.attributes,
        disabilityCategory: CATEGORIES[category - 1],
        disabilityCategoryCode: category,
        disabilityGrade: Number(value[19]),
      },
    };
  },
  mask: (value) => value.slice(0, 6) + '*'.repeat(10) + value.slice(-4),
});
