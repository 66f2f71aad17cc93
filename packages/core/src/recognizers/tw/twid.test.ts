import { describe, it } from 'vitest';
import { generateTwId, recognizerTests } from '../../testing/index.js';
import { twid } from './twid.js';

const man = generateTwId('A10357246');
const woman = generateTwId('F20613578');
const newUi = generateTwId('B90024681');
const oldUi = generateTwId('AC0135792');
const wrong = man.slice(0, 9) + String((Number(man[9]) + 1) % 10);

describe('twid', () => {
  for (const t of recognizerTests(twid, {
    valid: [
      {
        name: 'bare national ID',
        text: man,
        expect: [
          { entity: 'TWID', piType: 'PI.ID.HK_MO_TW', validation: 'valid', attributes: { sex: 'male', documentKind: 'national-id' } },
        ],
      },
      {
        name: 'traditional context, CJK neighbours',
        text: `身分證字號${woman}，`,
        expect: [{ start: 5, end: 15, minScore: 0.95, attributes: { sex: 'female' } }],
      },
      { name: 'new UI number', text: `統一證號：${newUi}`, expect: [{ attributes: { documentKind: 'ui', sex: 'female' } }] },
      { name: 'old UI number', text: `居留证 ${oldUi}`, expect: [{ attributes: { documentKind: 'ui-old' } }] },
      { name: 'two in one line', text: `${man} / ${woman}`, expect: [{ value: man }, { value: woman }] },
    ],
    invalid: [
      { name: 'wrong check digit', text: `身分證 ${wrong}` },
      { name: 'second digit 3 is not issued', text: 'A323456789' },
      { name: 'glued to letters', text: `X${man}` },
      { name: 'inside a longer run', text: `${man}0` },
      { name: 'lower-case letter', text: man.toLowerCase() },
    ],
  })) {
    it(t.name, t.run);
  }
});
