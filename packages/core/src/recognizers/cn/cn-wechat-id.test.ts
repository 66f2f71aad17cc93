import { describe, it } from 'vitest';
import { recognizerTests } from '../../testing/index.js';
import { cnWechatId } from './cn-wechat-id.js';

const openid = `oAbC${'x1Y2'.repeat(6)}`;

describe('cn-wechat-id', () => {
  for (const t of recognizerTests(cnWechatId, {
    valid: [
      {
        name: 'WeChat ID after 微信号',
        text: '微信号：zhang_san88',
        expect: [{ value: 'zhang_san88', attributes: { kind: 'wechat-id' } }],
      },
      { name: 'vx abbreviation', text: '加vx: abc-12345 咨询', expect: [{ value: 'abc-12345' }] },
      { name: 'letters only right after the keyword', text: 'WeChat ID: lilyflower', expect: [{ value: 'lilyflower' }] },
      { name: 'ID in a WeChat column', text: 'zhang_san88', context: '微信号', expect: [{ value: 'zhang_san88' }] },
      { name: 'OpenID with openid key', text: `"openid":"${openid}"`, expect: [{ value: openid, attributes: { kind: 'openid' } }] },
    ],
    invalid: [
      { name: 'no WeChat word', text: 'username zhang_san88' },
      { name: 'too short', text: '微信号 abc12' },
      { name: 'starts with a digit', text: '微信号 1abcdef' },
      { name: 'the keyword itself', text: '微信 WeChat' },
      { name: 'a list of services', text: '分享到QQ、微信、微博、Facebook' },
      { name: 'e-mail local part', text: '微信 zhang_san88@163.com' },
      { name: 'OpenID without context', text: openid },
      { name: 'wxid is the other recogniser', text: '微信号：wxid_abcd1234ef56' },
    ],
  })) {
    it(t.name, t.run);
  }
});
