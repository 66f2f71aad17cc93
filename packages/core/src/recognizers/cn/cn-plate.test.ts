import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../analyzer/create-analyzer.js';
import { recognizerTests } from '../../testing/index.js';
import { cnPlate } from './cn-plate.js';

describe('cn-plate', () => {
  for (const t of recognizerTests(cnPlate, {
    valid: [
      { name: 'ordinary', text: '京A12345', expect: [{ value: '京A12345', attributes: { kind: 'ordinary', province: '京' } }] },
      {
        name: 'small new-energy',
        text: '车牌号：粤BD12345',
        expect: [{ value: '粤BD12345', attributes: { kind: 'new-energy' }, minScore: 0.9 }],
      },
      { name: 'large new-energy', text: '京A12345D', expect: [{ value: '京A12345D', attributes: { kind: 'new-energy' } }] },
      { name: 'coach plate', text: '粤B1234学', expect: [{ attributes: { kind: 'special-学' } }] },
      { name: 'middle dot', text: '沪A·B1234', expect: [{ value: '沪A·B1234' }] },
      { name: 'space', text: '川A 7K9L2', expect: [{ value: '川A 7K9L2' }] },
      { name: 'inside a sentence', text: '车主驾驶浙C88888在高速', expect: [{ value: '浙C88888' }] },
    ],
    invalid: [
      { name: 'letter after new-energy D in the wrong place', text: '沪AF0A123' },
      { name: 'letter I', text: '京AI2345' },
      { name: 'letter O in the authority', text: '京O12345' },
      { name: 'not a province', text: '港A12345' },
      { name: 'too long', text: '京A1234567' },
      { name: 'lower case', text: '京a12345' },
      { name: 'two province characters', text: '浙苏H6F681' },
    ],
  })) {
    it(t.name, t.run);
  }

  it('masks the serial but keeps province, authority and last two characters', () => {
    const a = createAnalyzer({ recognizers: [cnPlate], types: ['cn-plate'] });
    expect(a.analyze('京A12345')[0]?.masked).toBe('京A***45');
  });
});
