import { describe, it } from 'vitest';
import { recognizerTests } from '../../testing/index.js';
import { emailMasked } from './email-masked.js';

describe('email-masked', () => {
  for (const t of recognizerTests(emailMasked, {
    valid: [
      {
        name: 'one character shown',
        text: '邮箱：z***@qq.com',
        expect: [{ entity: 'EMAIL', piType: 'PI.BASIC.EMAIL', state: 'masked', start: 3, value: 'z***@qq.com' }],
      },
      { name: 'head and tail shown, long local part', text: 'mail zhang****an@163.com', expect: [{ state: 'partially_masked' }] },
      { name: 'numeric QQ mail', text: '12****@qq.com', expect: [{ state: 'masked' }] },
      { name: 'full-width asterisks', text: 'a＊＊＊@example.org', expect: [{ state: 'masked' }] },
    ],
    invalid: [
      { name: 'unmasked address', text: 'zhangsan@qq.com' },
      { name: 'no domain', text: 'z***@' },
      { name: 'masked domain only', text: 'zhang@***.com' },
      { name: 'glob pattern', text: 'see *.log for details' },
    ],
  })) {
    it(t.name, t.run);
  }
});
