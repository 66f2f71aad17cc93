import { describe, expect, it } from 'vitest';
import { hash } from './hash.js';
import { testKeys } from './test-keys.js';

const input = { entity: 'CN_MOBILE', value: '13812345678', piType: 'PI.BASIC.PHONE' };

describe('hash', () => {
  it('is keyed, stable and truncated', () => {
    const a = hash(input, { kind: 'hash' }, { keys: testKeys() });
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(hash(input, { kind: 'hash' }, { keys: testKeys() })).toBe(a);
    expect(hash(input, { kind: 'hash' }, { keys: testKeys(1) })).not.toBe(a);
    expect(hash({ ...input, entity: 'QQ' }, { kind: 'hash' }, { keys: testKeys() })).not.toBe(a);
  });
  it('encodes as base64url at the length asked', () => {
    expect(hash(input, { kind: 'hash', encoding: 'base64url', length: 22 }, { keys: testKeys() })).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });
  it('needs a key and a sane length', () => {
    expect(() => hash(input, { kind: 'hash' }, {})).toThrow(/key/);
    expect(() => hash(input, { kind: 'hash', length: 4 }, { keys: testKeys() })).toThrow(/length/);
  });
});
