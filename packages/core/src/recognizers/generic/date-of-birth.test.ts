import { describe, it } from 'vitest';
import { recognizerTests } from '../../testing/index.js';
import { dateOfBirth } from './date-of-birth.js';

describe('date-of-birth', () => {
  for (const t of recognizerTests(dateOfBirth, {
    now: new Date('2026-01-15T00:00:00Z'),
    valid: [
      {
        name: 'ISO date',
        text: '出生日期：1990-01-01',
        expect: [{ value: '1990-01-01', class: 'general', attributes: { birthDate: '1990-01-01', age: 36, minor: false } }],
      },
      { name: 'Chinese form', text: '生日 1990年1月1日', expect: [{ value: '1990年1月1日', attributes: { birthDate: '1990-01-01' } }] },
      { name: 'slashes', text: 'DOB: 1985/12/31', expect: [{ value: '1985/12/31', attributes: { age: 40 } }] },
      { name: 'compact', text: '出生19900101', expect: [{ value: '19900101' }] },
      {
        name: 'birth month as résumés write it',
        text: '出生年月：1990.05',
        expect: [{ value: '1990.05', attributes: { birthDate: '1990-05', age: 35 } }],
      },
      {
        name: 'birth month in Chinese',
        text: '出生年月 2012年1月',
        expect: [{ value: '2012年1月', attributes: { birthDate: '2012-01', minor: true, age: 13 } }],
      },
      { name: 'traditional keyword', text: '誕辰：1950年10月1日', expect: [{ value: '1950年10月1日' }] },
      {
        name: 'English day month year',
        text: 'born on 3 March 2015',
        expect: [{ value: '3 March 2015', attributes: { age: 10, minor: true } }],
      },
      { name: 'minor is sensitive', text: '出生日期 2015-06-01', expect: [{ class: 'sensitive', attributes: { minor: true, age: 10 } }] },
      { name: 'turns 14 the day after', text: '出生日期 2012-01-16', expect: [{ attributes: { age: 13, minor: true } }] },
      { name: 'turned 14 on the document date', text: '出生日期 2012-01-15', expect: [{ attributes: { age: 14, minor: false } }] },
      { name: 'English month first', text: 'Date of Birth: Jan 5, 1970', expect: [{ attributes: { birthDate: '1970-01-05' } }] },
    ],
    invalid: [
      { name: 'no keyword', text: '1990-01-01' },
      { name: 'traditional keyword, not a birth date context', text: '結婚日期 1990年1月1日' },
      { name: 'not a calendar date', text: '出生日期 1990-02-30' },
      { name: 'in the future', text: '出生日期 2027-01-01' },
      { name: 'keyword too far away', text: '出生日期见附件，签署日期 2020-01-01' },
      { name: 'month 13', text: 'DOB 1990/13/01' },
      { name: 'month 13 alone', text: '出生年月 1990.13' },
      { name: 'glued digits', text: '出生199001011' },
    ],
  })) {
    it(t.name, t.run);
  }
});
