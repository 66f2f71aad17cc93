import { describe, it } from 'vitest';
import { recognizerTests } from '../../testing/index.js';
import { mobileAdId } from './mobile-ad-id.js';

const uuid = '6D92078A-8246-4BA4-AE5B-76104861E7DC';

describe('mobile-ad-id', () => {
  for (const t of recognizerTests(mobileAdId, {
    valid: [
      { name: 'IDFA', text: `idfa=${uuid}`, expect: [{ value: uuid, attributes: { kind: 'idfa' }, piType: 'PI.DEVICE' }] },
      {
        name: 'Android ID',
        text: 'android_id: 9774d56d682e549c',
        expect: [{ value: '9774d56d682e549c', attributes: { kind: 'android-id' } }],
      },
      { name: 'OAID hex', text: 'OAID 1fe9a970-e3bd-4a56-b1f2-6f7d0c5a8e11', expect: [{ attributes: { kind: 'oaid' } }] },
      { name: 'OAID 64 hex', text: `oaid:${'a1b2c3d4'.repeat(8)}`, expect: [{ attributes: { kind: 'oaid' } }] },
      { name: 'Chinese context', text: `设备标识 ${uuid.toLowerCase()}`, expect: [{ value: uuid.toLowerCase() }] },
    ],
    invalid: [
      { name: 'no context', text: uuid },
      { name: 'limit ad tracking zeros', text: 'idfa 00000000-0000-0000-0000-000000000000' },
      { name: 'Android ID wrong length', text: 'android_id 9774d56d682e549c12' },
      { name: 'hash context', text: `sha ${'a1b2c3d4'.repeat(8)}` },
      { name: 'all digits', text: 'oaid 1234567890123456' },
    ],
  })) {
    it(t.name, t.run);
  }
});
