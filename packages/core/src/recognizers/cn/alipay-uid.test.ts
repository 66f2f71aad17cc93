import { describe, it } from 'vitest';
import { recognizerTests } from '../../testing/index.js';
import { alipayUid } from './alipay-uid.js';

describe('alipay-uid', () => {
  for (const t of recognizerTests(alipayUid, {
    valid: [
      { name: 'with 支付宝', text: '支付宝用户ID 2088123456789012', expect: [{ value: '2088123456789012', minScore: 0.8 }] },
      { name: 'JSON key', text: '{"buyer_id":"2088000011112222"}', expect: [{ value: '2088000011112222' }] },
      { name: 'traditional', text: '支付寶帳號：2088999988887777', expect: [{ value: '2088999988887777' }] },
    ],
    invalid: [
      { name: 'no context', text: '2088123456789012' },
      { name: 'too short', text: '支付宝 208812345678901' },
      { name: 'too long', text: '支付宝 20881234567890123' },
      { name: 'other prefix', text: '支付宝 2089123456789012' },
    ],
  })) {
    it(t.name, t.run);
  }
});
