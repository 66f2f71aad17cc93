import { describe, expect, it } from 'vitest';
import { PiguardError } from '../errors.js';
import { generateRic18 } from '../testing/generate-identifiers.js';
import { createHmacFingerprinter } from './hmac-fingerprinter.js';
import { normalizeIdentifier } from './normalize-identifier.js';

const key = new Uint8Array(32).fill(42);
const fp = createHmacFingerprinter(key);
const id = generateRic18('110105', '19491231', '002');

describe('createHmacFingerprinter', () => {
  it('gives one fingerprint for every spelling of a mobile number', () => {
    const spellings = ['13812345678', '+86 138 1234 5678', '0086-138-1234-5678', '138-1234-5678', '８613812345678'];
    expect(new Set(spellings.map((s) => fp('CN_MOBILE', s))).size).toBe(1);
  });
  it('gives one fingerprint for a resident ID number in its 18-digit, lower-case and 15-digit forms', () => {
    const x = generateRic18('110105', '19491231', '002');
    const fifteen = x.slice(0, 6) + x.slice(8, 17);
    expect(fp('CN_RIC18', x.toLowerCase())).toBe(fp('CN_RIC18', x));
    expect(fp('CN_RIC15', fifteen)).toBe(fp('CN_RIC18', x));
    expect(fp('CN_RIC18', `${x.slice(0, 6)} ${x.slice(6, 14)} ${x.slice(14)}`)).toBe(fp('CN_RIC18', x));
  });
  it('separates entities and keys, and is 16 base64url characters', () => {
    expect(fp('CN_MOBILE', '13812345678')).not.toBe(fp('QQ', '13812345678'));
    expect(createHmacFingerprinter(new Uint8Array(32).fill(43))('CN_RIC18', id)).not.toBe(fp('CN_RIC18', id));
    expect(fp('CN_RIC18', id)).toMatch(/^[A-Za-z0-9_-]{16}$/);
  });
  it('rejects a missing or short key with a typed error', () => {
    expect(() => createHmacFingerprinter(new Uint8Array(0))).toThrow(PiguardError);
    expect(() => createHmacFingerprinter(new Uint8Array(8))).toThrow(/at least 16 bytes/);
  });
});

describe('normalizeIdentifier', () => {
  it('normalises e-mail case and name spacing', () => {
    expect(normalizeIdentifier('EMAIL', ' Zhang.San@QQ.com ')).toEqual({ entity: 'EMAIL', value: 'zhang.san@qq.com' });
    expect(normalizeIdentifier('PERSON_NAME', '阿卜杜 · 热合曼').value).toBe('阿卜杜热合曼');
    expect(normalizeIdentifier('BANK_CARD', '6222 0212 3456 7890').value).toBe('6222021234567890');
  });
});
