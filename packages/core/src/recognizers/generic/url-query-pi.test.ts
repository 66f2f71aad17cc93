import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer } from '../../analyzer/create-analyzer.js';
import { generateRic18, recognizerTests } from '../../testing/index.js';
import { urlQueryPi } from './url-query-pi.js';

const ric = generateRic18('110105', '19900307', '123');
const u = `https://api.example.com/user?mobile=13812345678&idcard=${ric}&from=app`;

describe('url-query-pi', () => {
  for (const t of recognizerTests(urlQueryPi, {
    valid: [
      {
        name: 'phone and ID in a query',
        text: u,
        expect: [
          { value: '13812345678', piType: 'PI.BASIC.PHONE', attributes: { param: 'mobile', inUrl: true } },
          { value: ric, piType: 'PI.ID.RIC', attributes: { param: 'idcard' } },
        ],
      },
      {
        name: 'percent-encoded e-mail',
        text: 'GET /login?email=zhang.san%40example.com HTTP/1.1',
        expect: [{ value: 'zhang.san%40example.com', piType: 'PI.BASIC.EMAIL' }],
      },
      {
        name: 'Chinese name',
        text: 'www.example.cn/q?realName=%E5%BC%A0%E4%B8%89',
        expect: [{ piType: 'PI.BASIC.NAME', attributes: { param: 'realName' } }],
      },
      { name: 'access token', text: 'http://h.example.com/cb?access_token=ya29.a0AfH6SMBx3k', expect: [{ piType: 'PI.AUTH.CREDENTIAL' }] },
      { name: 'openid', text: 'https://mp.example.com/page?openid=oAbCdEfGh123', expect: [{ piType: 'PI.NET.ACCOUNT' }] },
    ],
    invalid: [
      { name: 'harmless parameters', text: 'https://example.com/list?page=2&sort=desc' },
      { name: 'placeholder', text: 'https://example.com/api?mobile={mobile}&name=xxx' },
      { name: 'empty values', text: 'https://example.com/api?mobile=&email=' },
      { name: 'question in prose', text: '你的手机号是什么?mobile=不知道 吗' },
      { name: 'short token', text: 'https://example.com/?token=abc' },
      { name: 'ID parameter not an ID number', text: 'https://example.com/?idcard=hello' },
    ],
  })) {
    it(t.name, t.run);
  }

  it('leaves a validated value to its own recogniser', () => {
    const found = analyze(u);
    const phone = found.filter((f) => f.value === '13812345678');
    expect(phone).toHaveLength(1);
    expect(phone[0]?.entity).toBe('CN_MOBILE');
  });

  it('is linear on a huge token with many question marks', () => {
    const a = createAnalyzer({ recognizers: [urlQueryPi], types: ['url-query-pi'] });
    const t0 = performance.now();
    a.analyze(`/a${'?x=1&'.repeat(40000)} ${'a'.repeat(100000)}?name=b`);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
