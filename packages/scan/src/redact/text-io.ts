import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import iconv from 'iconv-lite';
import { decodeStream } from '../formats/decode-stream.js';
import { type DetectedEncoding, detectEncoding } from '../formats/detect-encoding.js';

const HEAD_BYTES = 64 * 1024;

/** A file opened as decoded text: its encoding (kept for the output) and its text in pieces. */
export interface TextInput {
  encoding: DetectedEncoding;
  /** The byte-order mark, written back to the output as it was. */
  bom: Uint8Array;
  chunks: AsyncIterable<string>;
  /** Set when some bytes did not decode (the text holds replacement characters there). */
  damaged(): boolean;
}

async function readHead(path: string): Promise<Uint8Array> {
  const stream = createReadStream(path, { start: 0, end: HEAD_BYTES - 1 });
  const parts: Buffer[] = [];
  for await (const chunk of stream) parts.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(parts));
}

/** Opens a file for streaming redaction, detecting its encoding from the first 64 KB. */
export async function openTextInput(path: string): Promise<TextInput> {
  const head = await readHead(path);
  const encoding = detectEncoding(head);
  let damaged = false;
  const bytes = createReadStream(path, { start: encoding.bomLength, highWaterMark: 1 << 20 });
  return {
    encoding,
    bom: head.slice(0, encoding.bomLength),
    chunks: decodeStream(bytes as AsyncIterable<Uint8Array>, encoding.encoding, () => {
      damaged = true;
    }),
    damaged: () => damaged,
  };
}

/** A writer of text in one encoding that waits for the disk when the stream's buffer is full. */
export interface TextOutput {
  write(text: string): Promise<void>;
  close(): Promise<void>;
}

/** Opens `path` for writing text in `encoding`, starting with `bom`. */
export async function openTextOutput(path: string, encoding: DetectedEncoding['encoding'], bom: Uint8Array): Promise<TextOutput> {
  const stream: WriteStream = createWriteStream(path);
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', reject);
  });
  const encoder =
    encoding === 'utf-8'
      ? undefined
      : iconv.getEncoder(encoding === 'utf-16le' ? 'utf16le' : encoding === 'utf-16be' ? 'utf16be' : encoding);
  const put = (bytes: Uint8Array): Promise<void> =>
    stream.write(bytes) ? Promise.resolve() : new Promise((resolve) => stream.once('drain', () => resolve()));
  if (bom.length > 0) await put(bom);
  return {
    write(text) {
      if (text.length === 0) return Promise.resolve();
      return put(encoder ? encoder.write(text) : Buffer.from(text, 'utf8'));
    },
    async close() {
      const tail = encoder?.end();
      if (tail && tail.length > 0) await put(tail);
      await new Promise<void>((resolve, reject) => {
        stream.once('error', reject);
        stream.end(() => resolve());
      });
    },
  };
}
