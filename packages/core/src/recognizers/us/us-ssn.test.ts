import { describe, it } from 'vitest';
import { recognizerTests } from '../../testing/index.js';
import { usSsn } from './us-ssn.js';

// No checksum exists: made-up numbers inside the valid ranges, built here.
const area = '536';
const ssn = `${area}-22-1234`;

describe('us-ssn', () => {
  for (const t of recognizerTests(usSsn, {
    valid: [
      {
        name: 'dashed, no context (weak)',
        text: ssn,
        expect: [{ entity: 'US_SSN', piType: 'PI.ID.FOREIGN', value: ssn, validation: 'unchecked', minScore: 0.5 }],
      },
      { name: 'dashed with context', text: `SSN: ${ssn}`, expect: [{ value: ssn, minScore: 0.85 }] },
      { name: 'spaced with context', text: 'Social Security Number 536 22 1234', expect: [{ value: '536 22 1234' }] },
      { name: 'dotted, no context (weak, as in Presidio)', text: '536.22.1234', expect: [{ value: '536.22.1234', minScore: 0.5 }] },
      { name: 'bare with context', text: 'ssn=536221234', expect: [{ value: '536221234' }] },
      { name: 'Chinese context, CJK neighbours', text: '美国社会安全号码536-22-1234。', expect: [{ start: 8, end: 19 }] },
      { name: 'column name as context', text: '536221234', context: 'ssn', expect: [{ value: '536221234' }] },
    ],
    invalid: [
      { name: 'Woolworth wallet number', text: 'SSN 078-05-1120' },
      { name: 'area 666', text: 'SSN 666-12-3456' },
      { name: 'area 9xx is an ITIN', text: 'SSN 900-12-3456' },
      { name: 'group 00', text: 'SSN 123-00-4567' },
      { name: 'serial 0000', text: 'SSN 536-22-0000' },
      { name: 'advertising number', text: 'SSN 219-09-9999' },
      { name: 'all digits alike', text: 'SSN 555-55-5555' },
      { name: 'mixed delimiters', text: 'SSN 536-22 1234' },
      { name: 'bare without context', text: '536221234' },
      { name: 'serial-number context', text: '编号 536 22 1234' },
      { name: 'part of a longer dashed number', text: '1-536-22-1234-7' },
      { name: 'phone context', text: 'phone 536-22-1234' },
    ],
  })) {
    it(t.name, t.run);
  }
});
