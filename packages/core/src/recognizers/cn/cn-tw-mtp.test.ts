import { describe, it } from 'vitest';
import { recognizerTests } from '../../testing/index.js';
import { cnTwMtp } from './cn-tw-mtp.js';

// Format-only identifiers: made-up numbers, no real person's.
describe('cn-tw-mtp', () => {
  for (const t of recognizerTests(cnTwMtp, {
    valid: [
      {
        name: 'simplified context',
        text: '台胞证号码：07316492',
        expect: [{ entity: 'TW_MTP', piType: 'PI.ID.TRAVEL_PERMIT', value: '07316492', validation: 'unchecked', minScore: 0.75 }],
      },
      { name: 'traditional context, CJK neighbours', text: '臺胞證號碼07316492號', expect: [{ start: 5, end: 13 }] },
      { name: 'English context', text: 'Mainland Travel Permit for Taiwan Residents: 07316492', expect: [{ value: '07316492' }] },
      { name: 'permit and phone side by side', text: '台胞证 07316492 电话 88886666', expect: [{ value: '07316492' }] },
      { name: 'old booklet form', text: '台胞证 0731649215(B)', expect: [{ value: '0731649215(B)' }] },
      { name: 'column name as context', text: '07316492', context: '台胞证号', expect: [{ value: '07316492' }] },
    ],
    invalid: [
      { name: 'eight digits without context', text: '会员号 07316492' },
      { name: 'a date is not a permit number', text: '台胞证 20300101' },
      { name: 'inside a longer digit run', text: '台胞证 073164921' },
      { name: 'glued to letters', text: '台胞证 A07316492' },
      { name: 'prose about the permit', text: '台胞证可以在网上办理。' },
      { name: 'a phone number near the permit word', text: '台胞证已办，电话：88886666' },
    ],
  })) {
    it(t.name, t.run);
  }
});
