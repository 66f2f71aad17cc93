import { describe, it } from 'vitest';
import { recognizerTests } from '../../testing/index.js';
import { cnHkmoHomeReturnPermit } from './cn-hkmo-home-return-permit.js';

// Format-only identifiers: made-up numbers, no real person's.
describe('cn-hkmo-home-return-permit', () => {
  for (const t of recognizerTests(cnHkmoHomeReturnPermit, {
    valid: [
      {
        name: 'with issue count',
        text: '回乡证 H3050721801',
        expect: [{ entity: 'HKMO_HOME_RETURN', piType: 'PI.ID.TRAVEL_PERMIT', validation: 'unchecked', attributes: { issuer: 'HK' } }],
      },
      {
        name: 'short form with simplified context',
        text: '回乡证号码：M30507218',
        expect: [{ value: 'M30507218', start: 6, attributes: { issuer: 'MO' }, minScore: 0.75 }],
      },
      { name: 'traditional context, CJK neighbours', text: '港澳居民來往內地通行證H30507218號', expect: [{ start: 11, end: 20 }] },
      { name: 'English context', text: 'Home Return Permit No. H3050721802', expect: [{ value: 'H3050721802', minScore: 0.8 }] },
    ],
    invalid: [
      { name: 'short form without context', text: 'ref H30507218' },
      { name: 'long form without context', text: 'H3050721801' },
      { name: 'wrong prefix', text: '回乡证 K30507218' },
      { name: 'glued to letters', text: '回乡证 XH30507218' },
      { name: 'inside a longer digit run', text: '回乡证 H305072180123' },
      { name: 'negative context', text: '订单编号 H3050721801' },
    ],
  })) {
    it(t.name, t.run);
  }
});
