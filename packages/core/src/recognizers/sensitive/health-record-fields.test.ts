import { describe, it } from 'vitest';
import { recognizerTests } from '../../testing/index.js';
import { healthRecordFields } from './health-record-fields.js';

describe('health-record-fields', () => {
  for (const t of recognizerTests(healthRecordFields, {
    valid: [
      {
        name: 'an admission number',
        text: '住院号：20230456',
        expect: [{ value: '住院号：20230456', piType: 'SPI.MED.RECORD', class: 'sensitive' }],
      },
      { name: 'a filled record field', text: '主诉：反复咳嗽3周', expect: [{ value: '主诉：反复咳嗽3周', piType: 'SPI.MED.RECORD' }] },
      {
        name: 'an ICD-10 code beside a diagnosis word',
        text: '出院诊断编码 F32.1',
        expect: [{ value: 'F32.1', piType: 'SPI.MED.CONDITION', minScore: 0.6 }],
      },
      { name: 'a lab value with units', text: '空腹血糖 7.8 mmol/L', expect: [{ value: '空腹血糖 7.8 mmol/L', piType: 'SPI.MED.TEST' }] },
    ],
    invalid: [
      { name: 'policy naming record fields', text: '我们会收集您的病历、诊断结果和处方信息。' },
      { name: 'an ICD-like part number', text: '零件型号 F32 已停产' },
      { name: 'an empty field', text: '诊断：' },
    ],
  })) {
    it(t.name, t.run);
  }
});
