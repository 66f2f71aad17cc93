import { describe, it } from 'vitest';
import { recognizerTests } from '../../testing/index.js';
import { cnMilitaryId } from './cn-military-id.js';

// Made-up numbers of the right shape, no real person's.
describe('cn-military-id', () => {
  for (const t of recognizerTests(cnMilitaryId, {
    valid: [
      {
        name: 'officer, no context',
        text: '南字第4071235号',
        expect: [{ entity: 'CN_MILITARY_ID', piType: 'PI.ID.MILITARY', value: '南字第4071235号', attributes: { documentKind: 'officer' } }],
      },
      {
        name: 'soldier with letters',
        text: '士兵证：士字第P407123X号',
        expect: [{ start: 4, end: 16, attributes: { documentKind: 'soldier' } }],
      },
      {
        name: 'armed police, traditional context',
        text: '武警證號碼武警字第40712356号',
        expect: [{ start: 5, attributes: { documentKind: 'armed-police' }, minScore: 0.9 }],
      },
      { name: 'civilian cadre', text: '文职干部 文字第0071235号', expect: [{ attributes: { documentKind: 'civilian-cadre' } }] },
      { name: 'short number with context', text: '军官证 沈字第40712号', expect: [{ value: '沈字第40712号' }] },
      { name: 'no colon between the word and the number', text: '军官证南字第4071235号', expect: [{ start: 3 }] },
    ],
    invalid: [
      { name: 'court case number', text: '（2015）京民初字第4071235号' },
      { name: 'court case number without year', text: '执字第4071235号' },
      { name: 'property certificate', text: '京房权证朝字第4071235号' },
      { name: 'short number without context', text: '南字第40712号' },
      { name: 'no digit', text: '南字第ABCDEF号' },
      { name: 'negative context', text: '法院 南字第4071235号' },
    ],
  })) {
    it(t.name, t.run);
  }
});
