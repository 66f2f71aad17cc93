import { describe, it } from 'vitest';
import { generateRic18, recognizerTests } from '../../testing/index.js';
import { cnResidentId } from './cn-resident-id.js';

const woman1949 = generateRic18('110105', '19491231', '002');
const child2015 = generateRic18('440305', '20150601', '013');
const badCheck = woman1949.slice(0, 17) + (woman1949[17] === '0' ? '1' : '0');
const feb30 = generateRic18('110105', '19900230', '001');
const province99 = generateRic18('991234', '19900101', '001');
const hkPermit = generateRic18('810000', '19900101', '123');
const future = generateRic18('110105', '20990101', '001');
const abolishedCounty = generateRic18('110103', '20000101', '001');

describe('cn-resident-id', () => {
  for (const t of recognizerTests(cnResidentId, {
    now: new Date('2026-01-15T00:00:00Z'),
    valid: [
      {
        name: 'bare, no context',
        text: woman1949,
        expect: [
          {
            entity: 'CN_RIC18',
            value: woman1949,
            start: 0,
            validation: 'valid',
            attributes: { sex: 'female', birthDate: '1949-12-31', minor: false, region: '110105', regionName: '北京市朝阳区' },
          },
        ],
      },
      { name: 'CJK neighbours', text: `身份证号${woman1949}。`, expect: [{ start: 4, end: 22, minScore: 0.95 }] },
      { name: 'lower-case x', text: `证号 ${woman1949.toLowerCase()}`, expect: [{ validation: 'valid' }] },
      {
        name: 'full-width digits map back to the original span',
        text: `ID：${woman1949.replace(/[0-9X]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))}`,
        expect: [{ start: 3, end: 21 }],
      },
      {
        name: 'child under 14 is sensitive',
        text: `学生 ${child2015}`,
        expect: [{ class: 'sensitive', attributes: { minor: true, age: 10 } }],
      },
      {
        name: 'HK/Macao/Taiwan residence permit',
        text: `居住证 ${hkPermit}`,
        expect: [{ entity: 'HKMT_RESIDENCE_PERMIT', piType: 'PI.ID.RESIDENCE_PERMIT' }],
      },
      {
        name: 'spaced 6-8-4',
        text: `身份证 ${woman1949.slice(0, 6)} ${woman1949.slice(6, 14)} ${woman1949.slice(14)}`,
        expect: [{ validation: 'valid' }],
      },
      {
        name: 'abolished county code (崇文区) stays valid, without a region name',
        text: `身份证 ${abolishedCounty}`,
        expect: [{ validation: 'valid', attributes: { region: '110103', regionName: undefined } }],
      },
      { name: 'underscore is a boundary', text: `ID_${woman1949}`, expect: [{ start: 3 }] },
      {
        name: '15-digit with context',
        text: '身份证号码 110105491231002',
        expect: [{ entity: 'CN_RIC15', validation: 'unchecked', attributes: { birthDate: '1949-12-31' } }],
      },
    ],
    invalid: [
      { name: 'wrong check digit', text: badCheck },
      { name: 'February 30', text: feb30 },
      { name: 'province 99', text: province99 },
      { name: 'born in the future', text: future },
      { name: 'glued to letters', text: `AB${woman1949}` },
      { name: 'inside a longer digit run', text: `${woman1949.slice(0, 17)}99887766` },
      { name: '15 digits without context', text: '110105491231002' },
      { name: 'prose', text: '根据《个人信息保护法》第二十八条，身份证号码属于个人信息。' },
    ],
  })) {
    it(t.name, t.run);
  }
});
