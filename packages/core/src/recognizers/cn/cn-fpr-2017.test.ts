import { describe, it } from 'vitest';
import { recognizerTests } from '../../testing/index.js';
import { cnFpr2017 } from './cn-fpr-2017.js';

// Synthetic: nationality, province of application 11/31, then digits built here.
const usa = `USA11${'0190010150'}`;
const jpn = `JPN31${'8001015021'}`;

describe('cn-fpr-2017', () => {
  for (const t of recognizerTests(cnFpr2017, {
    valid: [
      {
        name: 'simplified context',
        text: `外国人永久居留证：${usa}`,
        expect: [{ entity: 'CN_FPR2017', piType: 'PI.ID.FPR', value: usa, validation: 'unchecked', minScore: 0.75 }],
      },
      { name: 'traditional context, CJK neighbours', text: `永居證號${jpn}。`, expect: [{ start: 4, end: 19 }] },
      { name: 'English context', text: `Permanent residence ID: ${usa}`, expect: [{ value: usa }] },
      { name: 'column name as context', text: usa, context: '永久居留身份证号', expect: [{ value: usa }] },
    ],
    invalid: [
      { name: 'no context', text: usa },
      { name: 'province 99 is not a province of application', text: `永居证 USA99${'0190010150'}` },
      { name: 'glued to letters', text: `永居证 X${usa}` },
      { name: 'longer digit run', text: `永居证 ${usa}7` },
      { name: 'lower case is not the card format', text: `永居证 ${usa.toLowerCase()}` },
    ],
  })) {
    it(t.name, t.run);
  }
});
