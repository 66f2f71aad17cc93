import { describe, it } from 'vitest';
import { recognizerTests } from '../../testing/index.js';
import { email } from './email.js';

describe('email', () => {
  for (const t of recognizerTests(email, {
    valid: [
      { name: 'plain', text: 'zhang.san@qq.com', expect: [{ value: 'zhang.san@qq.com', entity: 'EMAIL' }] },
      {
        name: 'in Chinese prose',
        text: '邮箱：li_si+news@mail.example.com.cn，请联系',
        expect: [{ value: 'li_si+news@mail.example.com.cn' }],
      },
      { name: 'numeric QQ mail', text: '123456@qq.com', expect: [{ value: '123456@qq.com' }] },
    ],
    invalid: [
      { name: 'no domain dot', text: 'a@b' },
      { name: 'bare at sign', text: '@ 微博用户' },
      { name: 'numeric TLD', text: 'user@host.123' },
    ],
  })) {
    it(t.name, t.run);
  }
});
