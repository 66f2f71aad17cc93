import { describe, it } from 'vitest';
import { recognizerTests } from '../../testing/index.js';
import { cnExitEntryPermit } from './cn-exit-entry-permit.js';

// Format-only identifiers: made-up numbers, no real person's.
describe('cn-exit-entry-permit', () => {
  for (const t of recognizerTests(cnExitEntryPermit, {
    valid: [
      {
        name: 'Hong Kong/Macao permit',
        text: '往来港澳通行证号：C60918273',
        expect: [{ entity: 'CN_EEP', piType: 'PI.ID.TRAVEL_PERMIT', value: 'C60918273', attributes: { destination: 'HK/MO' } }],
      },
      { name: 'letter in second place', text: '港澳通行证 CA1234567', expect: [{ value: 'CA1234567' }] },
      {
        name: 'Taiwan permit, traditional context',
        text: '大陸居民往來臺灣通行證L60918273。',
        expect: [{ start: 11, end: 20, attributes: { destination: 'TW' } }],
      },
      { name: 'English context', text: 'Exit-Entry Permit: C60918273', expect: [{ minScore: 0.75 }] },
    ],
    invalid: [
      { name: 'no context', text: 'C60918273' },
      { name: 'I and O are not used', text: '通行证 CI1234567' },
      { name: 'glued to letters', text: '通行证 XC60918273' },
      { name: 'inside a longer run', text: '通行证 L609182731' },
    ],
  })) {
    it(t.name, t.run);
  }
});
