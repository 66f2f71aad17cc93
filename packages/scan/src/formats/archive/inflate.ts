import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createInflateRaw } from 'node:zlib';

/**
 * Decompresses a byte stream (raw deflate for zip members, gzip with any number of members for .gz).
 * Errors (truncated or corrupt data) surface from the iteration after the bytes that could be read.
 */
export async function* inflateStream(chunks: AsyncIterable<Uint8Array>, kind: 'raw' | 'gzip'): AsyncIterable<Uint8Array> {
  const z = kind === 'raw' ? createInflateRaw() : createGunzip();
  const feeding = pipeline(Readable.from(chunks, { objectMode: false }), z).catch(() => {
    // The same error reaches the consumer through `z` below; this only keeps it from being unhandled.
  });
  try {
    for await (const out of z as AsyncIterable<Buffer>) yield out;
  } finally {
    z.destroy();
    await feeding;
  }
}
