import { describe, it } from 'vitest';
import { recognizerTests } from '../../testing/index.js';
import { cnPassport } from './cn-passport.js';

// Passport numbers carry no check outside the MRZ: made-up numbers of the right shape, no real person's.
describe('cn-passport', () => {
  for (const t of recognizerTests(cnPassport, {
    valid: [
      {
        name: 'E + 8 digits',
        text: '护照号码：E70315928',
        expect: [{ entity: 'CN_PASSPORT', piType: 'PI.ID.PASSPORT', value: 'E70315928', validation: 'unchecked', minScore: 0.75 }],
      },
      { name: 'E + letter + 7, traditional context', text: '護照號碼EH7031592。', expect: [{ start: 4, end: 13 }] },
      { name: 'old G series', text: 'Passport No. G40315928', expect: [{ value: 'G40315928' }] },
      { name: 'diplomatic DE series', text: '外交护照 DE0315928', expect: [{ value: 'DE0315928' }] },
      { name: 'old public-affairs 14 series', text: '因公护照 140315928', expect: [{ value: '140315928' }] },
      { name: 'lower-case letter', text: 'passport s28031592', expect: [{ value: 's28031592' }] },
      { name: 'Hong Kong SAR passport', text: '香港特区护照 K20315928', expect: [{ entity: 'HK_PASSPORT' }] },
      { name: 'Macao SAR passport', text: '澳门特区护照 MA0315928', expect: [{ entity: 'MO_PASSPORT' }] },
      { name: 'column name as context', text: 'E70315928', context: 'passport_no', expect: [{ value: 'E70315928' }] },
    ],
    invalid: [
      { name: 'no context', text: 'E70315928' },
      { name: 'I and O are not used after E', text: '护照 EI7031592' },
      { name: 'glued to letters', text: '护照 XE70315928' },
      { name: 'inside a longer run', text: '护照 E703159281' },
      { name: 'too short', text: '护照 E7031592' },
    ],
  })) {
    it(t.name, t.run);
  }
});
