import type { DetectedEncoding } from './detect-encoding.js';

/**
 * Decodes a byte stream incrementally. Strict at first; at the first invalid sequence it calls `onInvalid`
 * once and goes on leniently (replacement characters), because a partly damaged file is still worth reading.
 */
export async function* decodeStream(
  bytes: AsyncIterable<Uint8Array>,
  encoding: DetectedEncoding['encoding'],
  onInvalid: () => void,
): AsyncIterable<string> {
  let decoder = new TextDecoder(encoding, { fatal: true });
  let strict = true;
  for await (const chunk of bytes) {
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      if (!strict) throw new Error('unreachable: a lenient decoder threw');
      strict = false;
      onInvalid();
      decoder = new TextDecoder(encoding);
      text = decoder.decode(chunk, { stream: true });
    }
    if (text.length > 0) yield text;
  }
  let tail: string;
  try {
    tail = decoder.decode();
  } catch {
    // A multi-byte character truncated at the end of the file.
    onInvalid();
    tail = '\uFFFD';
  }
  if (tail.length > 0) yield tail;
}
