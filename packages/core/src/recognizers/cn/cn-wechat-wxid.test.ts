import { describe, it } from 'vitest';
import { recognizerTests } from '../../testing/index.js';
import { cnWechatWxid } from './cn-wechat-wxid.js';

describe('cn-wechat-wxid', () => {
  for (const t of recognizerTests(cnWechatWxid, {
    valid: [
      {
        name: 'without context',
        text: 'from wxid_abcd1234ef56 to',
        expect: [{ value: 'wxid_abcd1234ef56', validation: 'valid', entity: 'WECHAT_ID' }],
      },
      { name: 'in a JSON export', text: '{"talker":"wxid_9x8y7z6w5v4u"}', expect: [{ value: 'wxid_9x8y7z6w5v4u' }] },
      { name: '20 characters (upper bound)', text: `wxid_${'a1'.repeat(10)}`, expect: [{ attributes: { kind: 'wxid' } }] },
    ],
    invalid: [
      { name: 'too short', text: 'wxid_abc123' },
      { name: 'too long', text: `wxid_${'a1'.repeat(10)}b` },
      { name: 'upper case', text: 'wxid_ABCD1234EF56' },
      { name: 'placeholder', text: 'wxid_0000000000' },
      { name: 'glued to a word', text: 'xwxid_abcd1234ef56' },
    ],
  })) {
    it(t.name, t.run);
  }
});
