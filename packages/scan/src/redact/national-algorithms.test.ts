import { createOperatorKeys, detokenize, tokenizeValue } from '@piguard/core';
import { describe, expect, it } from 'vitest';
import { nationalAlgorithms, nationalAlgorithmsAvailable } from './national-algorithms.js';

const have = nationalAlgorithmsAvailable();
if (!have.sm4 || !have.sm3) console.warn(`SKIPPED: SM4/SM3 suites: this OpenSSL (${process.versions.openssl}) lacks them`);

describe.skipIf(!have.sm4 || !have.sm3)('SM4 and SM3 through OpenSSL', () => {
  it('SM4 block function matches the GB/T 32907 example (key = plaintext = 0123456789abcdeffedcba9876543210)', () => {
    const key = Buffer.from('0123456789abcdeffedcba9876543210', 'hex');
    const sm4 = nationalAlgorithms().blockCipher?.(key);
    const out = new Uint8Array(16);
    sm4?.encryptBlock(key, 0, out, 0);
    expect(Buffer.from(out).toString('hex')).toBe('681edf34d206965e86b3e94f536e4246');
  });
  it('FF1-SM4 tokens round-trip and differ from FF1-AES tokens', () => {
    const master = Uint8Array.from({ length: 32 }, (_, i) => i);
    const sm = createOperatorKeys(master, nationalAlgorithms());
    const aes = createOperatorKeys(master);
    const t = tokenizeValue(sm, 'CN_MOBILE', '13812345678');
    expect(t).toMatch(/^\d{11}$/);
    expect(detokenize(sm, 'CN_MOBILE', t)).toBe('13812345678');
    expect(tokenizeValue(aes, 'CN_MOBILE', '13812345678')).not.toBe(t);
  });
});
