import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ReaderInput } from '../formats/format-reader.js';

/** Bytes given to readers for sniffing (ReaderInput.head). */
export const HEAD_BYTES = 8192;
/** Read size: about 1 MB per read keeps memory flat on any file size. */
export const READ_BYTES = 1 << 20;

/** A ReaderInput for a file on disk; reading its head may throw (permissions, races), which the caller reports. */
export async function fileInput(path: string, source: string, size: number, onBytes?: (n: number) => void): Promise<ReaderInput> {
  const handle = await open(path, 'r');
  let head: Uint8Array;
  try {
    const buf = Buffer.alloc(Math.min(HEAD_BYTES, Math.max(size, HEAD_BYTES)));
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    head = buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  return {
    source,
    name: basename(path),
    size,
    head,
    depth: 0,
    async *open() {
      for await (const chunk of createReadStream(path, { highWaterMark: READ_BYTES })) {
        const bytes = chunk as Buffer;
        onBytes?.(bytes.length);
        yield bytes;
      }
    },
  };
}
