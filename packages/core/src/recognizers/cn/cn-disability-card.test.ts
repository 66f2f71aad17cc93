import { describe, it } from 'vitest';
import { generateRic18, recognizerTests } from '../../testing/index.js';
import { cnDisabilityCard } from './cn-disability-card.js';

const ric = generateRic18('110105', '19491231', '002');
const card = `${ric}42`;
const childCard = `${generateRic18('440305', '20150601', '013')}51`;
const badRic = `${ric.slice(0, 17)}${ric[17] === '0' ? '1' : '0'}42`;

describe('cn-disability-card', () => {
  for (const t of recognizerTests(cnDisabilityCard, {
    valid: [
      {
        name: 'bare card number',
        text: card,
        expect: [
          {
            entity: 'CN_DISABILITY_CARD',
            piType: 'SPI.IDENTITY.DISABILITY',
            class: 'sensitive',
            validation: 'valid',
            attributes: {
              disabilityCategory: 'physical',
              disabilityCategoryCode: 4,
              disabilityGrade: 2,
              sex: 'female',
              regionName: '北京市朝阳区',
            },
          },
        ],
      },
      { name: 'simplified context, CJK neighbours', text: `残疾人证号${card}，`, expect: [{ start: 5, end: 25, minScore: 0.95 }] },
      { name: 'traditional context', text: `殘疾人證號碼：${card}`, expect: [{ minScore: 0.95 }] },
      {
        name: 'a child with a card',
        text: `学生残疾证 ${childCard}`,
        expect: [{ attributes: { minor: true, disabilityCategory: 'intellectual', disabilityGrade: 1 } }],
      },
      { name: 'lower-case x inside', text: `残疾证 ${card.replace('X', 'x')}`, expect: [{ validation: 'valid' }] },
    ],
    invalid: [
      { name: 'resident ID check digit wrong', text: `残疾人证 ${badRic}` },
      { name: 'category 8 does not exist', text: `残疾人证 ${ric}82` },
      { name: 'grade 5 does not exist', text: `残疾人证 ${ric}45` },
      { name: 'a bare resident ID is not a card', text: ric },
      { name: 'inside a longer digit run', text: `${card}7` },
      { name: 'glued to letters', text: `NO${card}` },
    ],
  })) {
    it(t.name, t.run);
  }
});
