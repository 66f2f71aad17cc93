import { Sha256 } from './sha256.js';

const BLOCK = 64;

/** A reusable HMAC-SHA-256 (RFC 2104) whose keyed inner and outer states are computed once. */
export interface HmacSha256 {
  /** The 32-byte MAC of `message`. */
  mac(message: Uint8Array): Uint8Array;
}

/** Prepares HMAC-SHA-256 with `key`; keys longer than the 64-byte block are hashed first, as RFC 2104 says. */
export function createHmacSha256(key: Uint8Array): HmacSha256 {
  const k = new Uint8Array(BLOCK);
  k.set(key.length > BLOCK ? new Sha256().update(key).digest() : key);
  const ipad = new Uint8Array(BLOCK);
  const opad = new Uint8Array(BLOCK);
  for (let i = 0; i < BLOCK; i++) {
    ipad[i] = (k[i] as number) ^ 0x36;
    opad[i] = (k[i] as number) ^ 0x5c;
  }
  const inner = new Sha256().update(ipad);
  const outer = new Sha256().update(opad);
  return {
    mac(message) {
      const ih = inner.clone().update(message).digest();
      return outer.clone().update(ih).digest();
    },
  };
}

/** HMAC-SHA-256 of `message` under `key` (32 bytes). */
export function hmacSha256(key: Uint8Array, message: Uint8Array): Uint8Array {
  return createHmacSha256(key).mac(message);
}
