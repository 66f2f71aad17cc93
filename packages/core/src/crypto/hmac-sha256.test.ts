import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from './hex.js';
import { createHmacSha256, hmacSha256 } from './hmac-sha256.js';
import { utf8Bytes } from './utf8.js';

const fill = (byte: number, n: number): Uint8Array => new Uint8Array(n).fill(byte);

// RFC 4231 §4.2–4.8, HMAC-SHA-256 results.
const vectors: Array<{ name: string; key: Uint8Array; data: Uint8Array; mac: string }> = [
  {
    name: 'test case 1',
    key: fill(0x0b, 20),
    data: utf8Bytes('Hi There'),
    mac: 'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7',
  },
  {
    name: 'test case 2 (short key)',
    key: utf8Bytes('Jefe'),
    data: utf8Bytes('what do ya want for nothing?'),
    mac: '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
  },
  {
    name: 'test case 3',
    key: fill(0xaa, 20),
    data: fill(0xdd, 50),
    mac: '773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe',
  },
  {
    name: 'test case 4',
    key: fromHex('0102030405060708090a0b0c0d0e0f10111213141516171819'),
    data: fill(0xcd, 50),
    mac: '82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b',
  },
  {
    name: 'test case 6 (key longer than a block)',
    key: fill(0xaa, 131),
    data: utf8Bytes('Test Using Larger Than Block-Size Key - Hash Key First'),
    mac: '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54',
  },
  {
    name: 'test case 7 (long key and long data)',
    key: fill(0xaa, 131),
    data: utf8Bytes(
      'This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.',
    ),
    mac: '9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2',
  },
];

describe('hmacSha256 (RFC 4231)', () => {
  for (const v of vectors) {
    it(v.name, () => {
      expect(toHex(hmacSha256(v.key, v.data))).toBe(v.mac);
    });
  }
  it('test case 5 (output truncated to 128 bits)', () => {
    const mac = hmacSha256(fill(0x0c, 20), utf8Bytes('Test With Truncation'));
    expect(toHex(mac.subarray(0, 16))).toBe('a3b6167473100ee06e0c796c2955552b');
  });
  it('a prepared HMAC gives the same answer on every call', () => {
    const h = createHmacSha256(utf8Bytes('Jefe'));
    const data = utf8Bytes('what do ya want for nothing?');
    expect(toHex(h.mac(data))).toBe(toHex(h.mac(data)));
    expect(toHex(h.mac(data))).toBe(vectors[1]!.mac);
  });
  it('agrees with node:crypto for random keys and messages', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 150 }), fc.uint8Array({ maxLength: 200 }), (key, data) => {
        expect(toHex(hmacSha256(key, data))).toBe(createHmac('sha256', key).update(data).digest('hex'));
      }),
    );
  });

  it('macInto gives the MAC of the first bytes of a larger buffer (node:crypto), whatever the buffer held before', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 80 }), fc.uint8Array({ maxLength: 200 }), fc.nat(200), (key, data, extra) => {
        const buffer = new Uint8Array(data.length + extra).fill(0xa5);
        buffer.set(data);
        const out = new Uint8Array(32).fill(7);
        createHmacSha256(key).macInto(buffer, data.length, out);
        expect(toHex(out)).toBe(createHmac('sha256', key).update(data).digest('hex'));
      }),
    );
  });
});
