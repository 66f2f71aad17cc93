import type { FormatReader } from './format-reader.js';
import { decodedText } from './decoded-text.js';
import { detectEncoding } from './detect-encoding.js';
import { readInPieces } from './read-in-pieces.js';
import { binaryReason } from './sniff-binary.js';
import { chunkText, DEFAULT_CHUNK_CHARS } from './text-chunker.js';

/**
 * Plain text in UTF-8, UTF-16, GB18030/GBK/GB2312, Big5 or Windows-1252, detected per file; binary input is
 * skipped with a note. The fallback reader: listed last, it takes whatever no other reader matched.
 */
export const text: FormatReader = {
  id: 'text',
  matches: () => true,
  async *read(input, ctx) {
    const detected = detectEncoding(input.head, input.declaredCharset);
    const why = binaryReason(input.head, detected.encoding.startsWith('utf-16'));
    if (why) {
      ctx.issue({ source: input.source, code: 'E_BINARY_SKIPPED', message: why, severity: 'note' });
      return;
    }
    // decodedText detects again from the same head: cheap, and one place decides how bad bytes are noted.
    yield* chunkText(decodedText(readInPieces(input), ctx), { source: input.source, chunkChars: ctx.chunkChars ?? DEFAULT_CHUNK_CHARS });
  },
};
