import { describe, it } from 'vitest';
import { generateMrzTd2, generateMrzTd3, recognizerTests } from '../../testing/index.js';
import { mrz } from './mrz.js';

const [p1, p2] = generateMrzTd3({ documentNumber: 'E70315928', nationality: 'CHN', birth: '800101', sex: 'F', expiry: '300101' });
const [c1, c2] = generateMrzTd3({
  documentNumber: 'EA7031592',
  nationality: 'CHN',
  birth: '150704',
  sex: 'M',
  expiry: '290704',
  surname: 'LI',
  givenNames: 'XIAO MING',
});
const [i1, i2] = generateMrzTd2({
  documentNumber: 'D23145890',
  nationality: 'UTO',
  birth: '740812',
  sex: 'M',
  expiry: '281015',
  surname: 'ERIKSSON',
  givenNames: 'ANNA',
});
const badDoc = `${p2.slice(0, 9)}${(Number(p2[9]) + 1) % 10}${p2.slice(10)}`;
const badComposite = `${p2.slice(0, 43)}${(Number(p2[43]) + 1) % 10}`;

describe('mrz', () => {
  for (const t of recognizerTests(mrz, {
    valid: [
      {
        name: 'TD3 with its name line',
        text: `${p1}\n${p2}`,
        expect: [
          {
            entity: 'MRZ',
            piType: 'PI.ID.PASSPORT',
            start: 0,
            end: 89,
            validation: 'valid',
            minScore: 0.85,
            attributes: { birthDate: '1980-01-01', sex: 'female', nationality: 'CHN', issuingState: 'CHN', mrzFormat: 'TD3' },
          },
        ],
      },
      { name: 'data line alone, in prose', text: `扫描结果：${p2}。`, expect: [{ start: 5, end: 49, validation: 'valid' }] },
      {
        name: 'a child is a minor',
        text: `${c1}\r\n${c2}`,
        expect: [{ class: 'sensitive', attributes: { minor: true, age: 10, sex: 'male' } }],
      },
      {
        name: 'TD2',
        text: `${i1}\n${i2}`,
        expect: [{ piType: 'PI.ID.TRAVEL_PERMIT', attributes: { mrzFormat: 'TD2', birthDate: '1974-08-12' } }],
      },
      {
        name: 'TD1 identity card (ICAO specimen layout)',
        text: 'I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<',
        expect: [{ attributes: { mrzFormat: 'TD1', sex: 'female', birthDate: '1974-08-12' } }],
      },
    ],
    invalid: [
      { name: 'document-number check digit wrong', text: `${p1}\n${badDoc}` },
      { name: 'composite check digit wrong', text: badComposite },
      { name: 'inside a longer run', text: `${p2}<<` },
      {
        name: 'birth date 13th month',
        text: generateMrzTd3({ documentNumber: 'E70315928', nationality: 'CHN', birth: '801301', sex: 'F', expiry: '300101' })[1],
      },
    ],
  })) {
    it(t.name, t.run);
  }
});
