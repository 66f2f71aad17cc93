/** UTF-8 bytes of a string (lone surrogates become U+FFFD), without TextEncoder, which the core's lib does not assume. */
export function utf8Bytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 3);
  return out.subarray(0, utf8Into(s, out));
}

/**
 * Writes the UTF-8 bytes of `s` into `out` from `at` (room for 3 × `s.length` bytes there) and returns where
 * they end (how many it wrote when `at` is 0).
 */
export function utf8Into(s: string, out: Uint8Array, at = 0): number {
  let n = at;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (next >= 0xdc00 && next <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        i++;
      } else c = 0xfffd;
    } else if (c >= 0xdc00 && c <= 0xdfff) c = 0xfffd;
    if (c < 0x80) out[n++] = c;
    else if (c < 0x800) {
      out[n++] = 0xc0 | (c >> 6);
      out[n++] = 0x80 | (c & 0x3f);
    } else if (c < 0x10000) {
      out[n++] = 0xe0 | (c >> 12);
      out[n++] = 0x80 | ((c >> 6) & 0x3f);
      out[n++] = 0x80 | (c & 0x3f);
    } else {
      out[n++] = 0xf0 | (c >> 18);
      out[n++] = 0x80 | ((c >> 12) & 0x3f);
      out[n++] = 0x80 | ((c >> 6) & 0x3f);
      out[n++] = 0x80 | (c & 0x3f);
    }
  }
  return n;
}
