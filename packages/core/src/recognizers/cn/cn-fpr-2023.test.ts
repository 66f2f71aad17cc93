import { describe, it } from 'vitest';
import { generateFpr2023, recognizerTests } from '../../testing/index.js';
import { cnFpr2023 } from './cn-fpr-2023.js';

const adult = generateFpr2023('11', '840', '19800101', '001');
const child = generateFpr2023('31', '392', '20180704', '002');
const badCheck = adult.slice(0, 17) + (adult[17] === '0' ? '1' : '0');
const oddDate = generateFpr2023('11', '840', '19801340', '001');
const badProvince = generateFpr2023('91', '840', '19800101', '001');

describe('cn-fpr-2023', () => {
  for (const t of recognizerTests(cnFpr2023, {
    valid: [
      {
        name: 'bare number: checksum and layout',
        text: adult,
        expect: [
          {
            entity: 'CN_FPR2023',
            piType: 'PI.ID.FPR',
            value: adult,
            validation: 'valid',
            attributes: { birthDate: '1980-01-01', nationality: '840' },
          },
        ],
      },
      {
        name: 'simplified context, CJK neighbours',
        text: `外国人永久居留身份证号码${adult}。`,
        expect: [{ start: 12, end: 30, minScore: 0.95 }],
      },
      { name: 'traditional context', text: `外國人永久居留身分證：${adult}`, expect: [{ minScore: 0.95 }] },
      { name: 'a child is a minor', text: `永居证 ${child}`, expect: [{ class: 'sensitive', attributes: { minor: true } }] },
      { name: 'date miss needs context', text: `永久居留身份证 ${oddDate}`, expect: [{ validation: 'unchecked' }] },
    ],
    invalid: [
      { name: 'wrong check digit', text: `永居证 ${badCheck}` },
      { name: 'date miss without context', text: oddDate },
      { name: 'province 91 is no province of application', text: `永居证 ${badProvince}` },
      { name: 'glued to letters', text: `NO${adult}` },
      { name: 'inside a longer digit run', text: `${adult}12` },
      { name: 'a resident ID is not an FPR', text: '11010519491231002X' },
    ],
  })) {
    it(t.name, t.run);
  }
});
