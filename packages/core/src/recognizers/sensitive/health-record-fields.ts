import type { Validation } from '../../finding.js';
import type { Verdict } from '../../recognizer.js';
import { defineRecognizer } from '../../recognizer.js';

const PI_TYPE: Record<string, string> = {
  'record-number': 'SPI.MED.RECORD',
  'record-field': 'SPI.MED.RECORD',
  icd10: 'SPI.MED.CONDITION',
  'lab-value': 'SPI.MED.TEST',
};

/**
 * The shape of a clinical record: medical-record and admission numbers (病案号：…), filled record fields
 * (主诉：…, 诊断：…), ICD-10 codes beside a diagnosis word, and lab values with their units (血糖 7.8 mmol/L).
 * A field name without a value (病历、诊断结果) names a category and gives nothing.
 */
export const healthRecordFields = defineRecognizer({
  meta: {
    id: 'health-record-fields',
    entity: 'HEALTH_RECORD',
    piType: 'SPI.MED.RECORD',
    country: 'CN',
    description:
      'Clinical record shapes: record/admission/outpatient numbers, filled record fields, ICD-10 codes with context, lab values with units.',
    references: ['GB/T 39725-2020 (健康医疗数据安全指南)', 'WS 445 电子病历基本数据集', 'ICD-10 (WHO)', 'pi-taxonomy.md §2.5 SPI.MED.*'],
    version: 1,
  },
  // What each pattern holds: a record-number label, a field label and its colon, an ICD-10 shape on its own
  // (the look-behind after the letter, as a scan skips faster to letters), a lab name before a number. The
  // old test (a colon or a digit) passed every window.
  prefilter:
    /病案号|病历号|住院号|门诊号|就诊卡号|床号|(?:主诉|现病史|既往史|家族史|过敏史|诊断|医嘱|处方|手术名称)\s*[:：]|[A-TV-Z](?<![A-Za-z0-9][A-TV-Z])\d{2}(?!\d)|(?:血糖|血压|收缩压|舒张压|血红蛋白|白细胞|血小板|肌酐|尿酸|总胆固醇|甘油三酯|谷丙转氨酶|HbA1c|ALT|AST|CRP|心率)\s*(?:[:：为是]\s*)?\d/,
  patterns: [
    { name: 'record-number', regex: /(?:病案号|病历号|住院号|门诊号|就诊卡号|床号)\s*(?:[:：]\s*)?[A-Za-z]?\d{4,12}(?!\d)/g, score: 0.8 },
    {
      name: 'record-field',
      regex:
        /(?:主诉|现病史|既往史|家族史|过敏史|初步诊断|出院诊断|入院诊断|临床诊断|诊断|医嘱|处方|手术名称)\s*[:：]\s*[^\s，,。;；:：]{2,40}/g,
      score: 0.75,
    },
    { name: 'icd10', regex: /(?<![A-Za-z0-9])[A-TV-Z]\d{2}(?:\.\d{1,2})?(?![A-Za-z0-9])/g, score: 0.3 },
    {
      name: 'lab-value',
      regex:
        /(?:血糖|空腹血糖|糖化血红蛋白|HbA1c|血压|收缩压|舒张压|血红蛋白|白细胞|血小板|肌酐|尿酸|总胆固醇|甘油三酯|谷丙转氨酶|ALT|AST|CRP|心率)\s*(?:[:：为是]\s*)?\d{1,3}(?:\.\d{1,2})?(?:\/\d{2,3})?\s*(?:mmol\/L|μmol\/L|umol\/L|mmHg|g\/L|U\/L|mg\/L|mg\/dL|%|×10\^?9\/L|次\/分|bpm)/g,
      score: 0.8,
    },
  ],
  context: { words: ['icd', '诊断', '编码', '疾病', '病案', '患者', '入院', '出院'] },
  validate(_value, { candidate, text }): Verdict | Validation {
    // An ICD-10 code looks like a part number or a grid cell: it counts only beside a diagnosis word.
    if (
      candidate.pattern === 'icd10' &&
      !/icd|诊断|编码|疾病|病案/i.test(text.slice(Math.max(0, candidate.start - 20), candidate.end + 10))
    )
      return 'invalid';
    return { validation: 'unchecked', piType: PI_TYPE[candidate.pattern] ?? 'SPI.MED.RECORD' };
  },
});
