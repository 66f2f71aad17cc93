import { describe, it } from 'vitest';
import { recognizerTests } from '../../testing/index.js';
import { moid } from './moid.js';

// Format-only: any [157] + 6 digits + digit has the shape; a made-up value, no real person's.
const n = '5204173(6)';

describe('moid', () => {
  for (const t of recognizerTests(moid, {
    valid: [
      {
        name: 'simplified context',
        text: `澳门身份证：${n}`,
        expect: [{ entity: 'MOID', piType: 'PI.ID.HK_MO_TW', value: n, validation: 'unchecked', minScore: 0.75 }],
      },
      { name: 'traditional context, CJK neighbours', text: `澳門居民身份證號碼${n}。`, expect: [{ start: 9, end: 19 }] },
      { name: 'compact with context', text: 'Macau ID card 72041850', expect: [{ value: '72041850' }] },
      { name: 'column name as context', text: n, context: '澳门身份证号', expect: [{ value: n }] },
    ],
    invalid: [
      { name: 'no context', text: n },
      { name: 'first digit 3 is not issued', text: '澳门身份证 3204173(6)' },
      { name: 'compact without context', text: '72041850' },
      { name: 'inside a longer digit run', text: '澳门身份证 1204173999' },
      { name: 'glued to letters', text: '澳门身份证 A72041850' },
      { name: 'a phone number near the ID word', text: '澳門身份證已遺失，電話：72041850' },
    ],
  })) {
    it(t.name, t.run);
  }
});
