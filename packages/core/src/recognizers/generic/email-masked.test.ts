import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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

describe('email-masked prefilter', () => {
  // The prefilter asks for a glyph before an `@` instead of any `@`: findings stay the same only if every value the
  // validator accepts holds that (the window then holds it too).
  const char = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...'abcxyz019'.split('')) },
    { weight: 2, arbitrary: fc.constantFrom(...'*×✱●•○'.split('')) },
    { weight: 2, arbitrary: fc.constantFrom('@', '.', '-', '_', '+', ' ', '%') },
  );
  const word = (min: number) =>
    fc.array(fc.constantFrom(...'abcxyz019'.split('')), { minLength: min, maxLength: 6 }).map((a) => a.join(''));
  // Something shaped like an address (local part, @, labels, a top-level domain), so that many values are accepted.
  const address = fc
    .tuple(fc.array(char, { minLength: 1, maxLength: 8 }), word(1), fc.constantFrom('com', 'cn', 'org'))
    .map(([local, label, tld]) => `${local.join('')}@${label}.${tld}`);
  it('passes every value the validator accepts', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(fc.oneof(char, address), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        for (const p of emailMasked.patterns ?? []) {
          for (const m of text.matchAll(new RegExp(p.regex.source, p.regex.flags))) {
            const value = m[0];
            const candidate = { value, start: m.index, end: m.index + value.length, pattern: p.name, baseScore: p.score };
            const v = emailMasked.validate!(value, { text, candidate, now: new Date(0), context: '' });
            if ((typeof v === 'string' ? v : v.validation) === 'invalid') continue;
            accepted++;
            expect(emailMasked.prefilter.test(value), value).toBe(true);
          }
        }
      }),
      { numRuns: 5000 },
    );
    expect(accepted).toBeGreaterThan(50);
  });
});
