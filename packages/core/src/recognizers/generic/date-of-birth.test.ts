import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../analyzer/create-analyzer.js';
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
      {
        name: 'date before the keyword',
        text: '李某，1966年12月出生，汉族',
        expect: [{ value: '1966年12月', attributes: { birthDate: '1966-12', age: 59 } }],
      },
      {
        name: 'year before the keyword',
        text: '1963年出生，高中学历',
        expect: [{ value: '1963年', attributes: { birthDate: '1963', age: 62 } }],
      },
      { name: 'full date before 生', text: '王某，2013年3月5日生，学生', expect: [{ value: '2013年3月5日', attributes: { minor: true } }] },
      { name: 'born in a year', text: 'He was born in 1985 in Ohio', expect: [{ value: '1985' }] },
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
      { name: 'year of founding, not of birth', text: '公司1963年成立' },
      { name: '生 inside a word after a year', text: '2019年生产的设备' },
      { name: 'glued digits', text: '出生199001011' },
    ],
  })) {
    it(t.name, t.run);
  }

  it('masks month and day, and the decade of a year written alone', () => {
    const a = createAnalyzer({ recognizers: [dateOfBirth], types: ['date-of-birth'], now: new Date('2026-01-15T00:00:00Z') });
    expect(a.analyze('出生日期：1990-01-01')[0]?.masked).toBe('1990-**-**');
    expect(a.analyze('1963年出生')[0]?.masked).toBe('19**年');
  });
});
