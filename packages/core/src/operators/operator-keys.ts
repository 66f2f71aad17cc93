import { createHmacSha256, type HmacSha256, hmacSha256 } from '../crypto/hmac-sha256.js';
import { utf8Bytes } from '../crypto/utf8.js';
import { PiguardError } from '../errors.js';
import { type BlockCipher, createAes } from '../fpe/aes.js';
import { createFf1, type Ff1 } from '../fpe/ff1.js';
import { createFf3_1, type Ff3_1 } from '../fpe/ff3-1.js';

/** The shortest master key accepted: 128 bits. */
export const MIN_OPERATOR_KEY_BYTES = 16;

/** Keys derived from one master key, one per purpose, so that a hash never equals a pseudonym seed or an FPE key. */
export interface OperatorKeys {
  readonly hash: HmacSha256;
  readonly pseudonym: HmacSha256;
  readonly shift: HmacSha256;
  /** FF1 over AES-256 for a radix (built on first use and kept). */
  ff1(radix: number): Ff1;
  /** FF3-1 over AES-256 (its own derived key) for a radix (built on first use and kept). */
  ff3_1(radix: number): Ff3_1;
}

/**
 * Other algorithms than the pure-TypeScript defaults, injected because the core has no crypto library: SM4 for FF1
 * and HMAC-SM3 for hash, pseudonymize and shift, where the runtime's OpenSSL offers them (see `@piguard/scan`).
 */
export interface OperatorAlgorithms {
  /** A 128-bit block cipher for FF1 from a 16-byte key (default: AES-256 from 32 bytes). */
  blockCipher?: (key: Uint8Array) => BlockCipher;
  /** A MAC from a key (default HMAC-SHA-256). */
  mac?: (key: Uint8Array) => HmacSha256;
  /** Bytes of the FF1 key the block cipher takes (default 32). */
  cipherKeyBytes?: number;
}

/** Derives the operator keys from a master key of at least 16 bytes; throws E_KEY_MISSING when it is shorter. */
export function createOperatorKeys(master: Uint8Array, algorithms: OperatorAlgorithms = {}): OperatorKeys {
  if (master.length < MIN_OPERATOR_KEY_BYTES) {
    throw new PiguardError('E_KEY_MISSING', `the key must be at least ${MIN_OPERATOR_KEY_BYTES} bytes, got ${master.length}`);
  }
  const derive = (purpose: string): Uint8Array => hmacSha256(master, utf8Bytes(`piguard/${purpose}/v1`));
  const cipherKey = derive('tokenize').slice(0, algorithms.cipherKeyBytes ?? 32);
  const aes = (algorithms.blockCipher ?? createAes)(cipherKey);
  const mac = algorithms.mac ?? createHmacSha256;
  const ciphers = new Map<number, Ff1>();
  // FF3-1 keys its block cipher with the byte-reversed key (REVB(K)); it gets a key of its own, not FF1's.
  const ff3Cipher = (algorithms.blockCipher ?? createAes)(
    derive('tokenize-ff3-1')
      .slice(0, algorithms.cipherKeyBytes ?? 32)
      .reverse(),
  );
  const ff3Ciphers = new Map<number, Ff3_1>();
  return Object.freeze({
    hash: mac(derive('hash')),
    pseudonym: mac(derive('pseudonymize')),
    shift: mac(derive('shift')),
    ff1(radix: number): Ff1 {
      let c = ciphers.get(radix);
      if (!c) {
        c = createFf1(aes, radix);
        ciphers.set(radix, c);
      }
      return c;
    },
    ff3_1(radix: number): Ff3_1 {
      let c = ff3Ciphers.get(radix);
      if (!c) {
        c = createFf3_1(ff3Cipher, radix);
        ff3Ciphers.set(radix, c);
      }
      return c;
    },
  });
}

/** The keys of a context, or E_KEY_MISSING naming the operator that needs them. */
export function requireKeys(keys: OperatorKeys | undefined, operator: string): OperatorKeys {
  if (!keys) throw new PiguardError('E_KEY_MISSING', `the ${operator} operator needs a key (PIGUARD_KEY_FILE or PIGUARD_KEY)`);
  return keys;
}
