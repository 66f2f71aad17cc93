import type { HmacSha256 } from '../crypto/hmac-sha256.js';
import { utf8Bytes } from '../crypto/utf8.js';

/** A deterministic stream of choices seeded by a keyed MAC of a value: the same value and key always choose alike. */
export interface KeyedRandom {
  /** An integer in [0, n), n ≤ 2^32. */
  below(n: number): number;
}

/** Seeds a stream with HMAC(key, seed ‖ counter), refilled 32 bytes at a time. */
export function keyedRandom(mac: HmacSha256, seed: string): KeyedRandom {
  const base = utf8Bytes(seed);
  const msg = new Uint8Array(base.length + 4);
  msg.set(base);
  let block = 0;
  let bytes: Uint8Array = new Uint8Array(0);
  let pos = 0;
  const next32 = (): number => {
    if (pos + 4 > bytes.length) {
      msg[base.length] = block >>> 24;
      msg[base.length + 1] = block >>> 16;
      msg[base.length + 2] = block >>> 8;
      msg[base.length + 3] = block;
      block++;
      bytes = mac.mac(msg);
      pos = 0;
    }
    const v =
      ((bytes[pos] as number) * 0x1000000 +
        ((bytes[pos + 1] as number) << 16) +
        ((bytes[pos + 2] as number) << 8) +
        (bytes[pos + 3] as number)) >>>
      0;
    pos += 4;
    return v;
  };
  return {
    below(n) {
      // Rejection keeps the choice unbiased; at most a handful of retries for any n.
      const limit = Math.floor(0x100000000 / n) * n;
      for (;;) {
        const v = next32();
        if (v < limit) return v % n;
      }
    },
  };
}
