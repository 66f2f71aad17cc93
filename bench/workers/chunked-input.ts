import { openSync, readSync, closeSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

/** Chunk size every tool gets: 64 KB of text cut at a line end, as a scanner would hand over fragments. */
export const CHUNK_BYTES = 64 * 1024;

/** Reads a UTF-8 file as text chunks cut after a newline, stopping after `limitBytes` (at a line end). */
export function* textChunks(path: string, limitBytes = Number.POSITIVE_INFINITY): Generator<{ text: string; bytes: number }> {
  const fd = openSync(path, 'r');
  const buf = Buffer.alloc(CHUNK_BYTES);
  const decoder = new StringDecoder('utf8');
  let carry = '';
  let total = 0;
  try {
    for (;;) {
      const n = readSync(fd, buf, 0, CHUNK_BYTES, null);
      const text = carry + (n > 0 ? decoder.write(buf.subarray(0, n)) : decoder.end());
      if (n === 0) {
        if (text.length > 0) yield { text, bytes: Buffer.byteLength(text) };
        return;
      }
      const cut = text.lastIndexOf('\n') + 1;
      carry = cut === 0 ? text : text.slice(cut);
      if (cut === 0) continue;
      const chunk = text.slice(0, cut);
      const bytes = Buffer.byteLength(chunk);
      yield { text: chunk, bytes };
      total += bytes;
      if (total >= limitBytes) return;
    }
  } finally {
    closeSync(fd);
  }
}
