import { createCipheriv, createHmac, getCiphers, getHashes } from 'node:crypto';
import type { OperatorAlgorithms } from '@piguard/core';
import { scanError } from '../errors.js';

/** Whether this runtime's OpenSSL offers SM4 (ECB, for FF1's block function) and SM3 (for HMAC). */
export function nationalAlgorithmsAvailable(): { sm4: boolean; sm3: boolean } {
  return { sm4: getCiphers().includes('sm4-ecb'), sm3: getHashes().includes('sm3') };
}

/**
 * SM4 (GB/T 32907) as FF1's block cipher and HMAC-SM3 (GB/T 32905) for the keyed operators, through node:crypto.
 * Throws E_CONFIG_INVALID naming what is missing when the runtime's OpenSSL lacks either (OpenSSL 3 builds usually
 * have both; some distributions and FIPS builds leave them out).
 */
export function nationalAlgorithms(): OperatorAlgorithms {
  const have = nationalAlgorithmsAvailable();
  if (!have.sm4 || !have.sm3) {
    const missing = [!have.sm4 && 'SM4', !have.sm3 && 'SM3'].filter(Boolean).join(' and ');
    throw scanError(
      'E_CONFIG_INVALID',
      `this runtime's OpenSSL (${process.versions.openssl}) does not offer ${missing}: use the default algorithms (AES, SHA-256)`,
    );
  }
  return {
    cipherKeyBytes: 16,
    blockCipher(key) {
      const cipher = createCipheriv('sm4-ecb', key, null).setAutoPadding(false);
      return {
        encryptBlock(input, inOff, out, outOff) {
          out.set(cipher.update(input.subarray(inOff, inOff + 16)), outOff);
        },
      };
    },
    mac(key) {
      return { mac: (message) => new Uint8Array(createHmac('sm3', key).update(message).digest()) };
    },
  };
}
