import { compressBlock, INITIAL, sha256 } from './sha256.js';

const BLOCK = 64;

/** A reusable HMAC-SHA-256 (RFC 2104) whose keyed inner and outer states are computed once. */
export interface HmacSha256 {
  /** The 32-byte MAC of `message`. */
  mac(message: Uint8Array): Uint8Array;
}

/** The HMAC-SHA-256 that `createHmacSha256` makes, which can also write a MAC into a given buffer. */
export interface ReusableHmacSha256 extends HmacSha256 {
  /**
   * Writes the MAC of the first `length` bytes of `message` into `out` (32 bytes), allocating nothing: a
   * scan fingerprints every finding, and a typed-array view or result per MAC was a good part of its cost.
   */
  macInto(message: Uint8Array, length: number, out: Uint8Array): void;
}

// The state after one compression of a padded key block from the initial value.
function keyedState(pad: Uint8Array, w: Uint32Array): Uint32Array {
  const h = new Uint32Array(INITIAL);
  compressBlock(h, w, pad, 0);
  return h;
}

function writeLength(block: Uint8Array, bytes: number): void {
  const bits = bytes * 8;
  const hi = Math.floor(bits / 0x100000000);
  const lo = bits >>> 0;
  block[56] = hi >>> 24;
  block[57] = hi >>> 16;
  block[58] = hi >>> 8;
  block[59] = hi;
  block[60] = lo >>> 24;
  block[61] = lo >>> 16;
  block[62] = lo >>> 8;
  block[63] = lo;
}

function writeState(h: Uint32Array, out: Uint8Array): void {
  for (let j = 0; j < 8; j++) {
    const v = h[j] as number;
    out[j * 4] = v >>> 24;
    out[j * 4 + 1] = v >>> 16;
    out[j * 4 + 2] = v >>> 8;
    out[j * 4 + 3] = v;
  }
}

/**
 * Prepares HMAC-SHA-256 with `key`; keys longer than the 64-byte block are hashed first, as RFC 2104 says.
 * A MAC then costs the message's blocks plus one outer compression; `macInto` allocates nothing and `mac` only
 * its result: the people counter fingerprints several values per record.
 */
export function createHmacSha256(key: Uint8Array): ReusableHmacSha256 {
  const w = new Uint32Array(64);
  const k = new Uint8Array(BLOCK);
  k.set(key.length > BLOCK ? sha256(key) : key);
  const pad = new Uint8Array(BLOCK);
  for (let i = 0; i < BLOCK; i++) pad[i] = (k[i] as number) ^ 0x36;
  const inner = keyedState(pad, w);
  for (let i = 0; i < BLOCK; i++) pad[i] = (k[i] as number) ^ 0x5c;
  const outer = keyedState(pad, w);
  const h = new Uint32Array(8);
  const block = new Uint8Array(BLOCK);
  const macInto = (message: Uint8Array, n: number, out: Uint8Array): void => {
    h.set(inner);
    let off = 0;
    for (; off + BLOCK <= n; off += BLOCK) compressBlock(h, w, message, off);
    const rest = n - off;
    block.fill(0);
    for (let i = 0; i < rest; i++) block[i] = message[off + i] as number;
    block[rest] = 0x80;
    if (rest >= 56) {
      compressBlock(h, w, block, 0);
      block.fill(0);
    }
    writeLength(block, BLOCK + n);
    compressBlock(h, w, block, 0);
    // Outer hash: the key block (already in `outer`), then the 32-byte inner digest in one padded block.
    block.fill(0);
    writeState(h, block);
    block[32] = 0x80;
    writeLength(block, BLOCK + 32);
    h.set(outer);
    compressBlock(h, w, block, 0);
    writeState(h, out);
  };
  return {
    mac(message) {
      const out = new Uint8Array(32);
      macInto(message, message.length, out);
      return out;
    },
    macInto,
  };
}

/** HMAC-SHA-256 of `message` under `key` (32 bytes). */
export function hmacSha256(key: Uint8Array, message: Uint8Array): Uint8Array {
  return createHmacSha256(key).mac(message);
}
