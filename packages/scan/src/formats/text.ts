import type { FormatReader } from './format-reader.js';
import { decodeStream } from './decode-stream.js';
import { detectEncoding } from './detect-encoding.js';
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
    let noted = false;
    const noteInvalid = (): void => {
      if (noted) return;
      noted = true;
      ctx.issue({
        source: input.source,
        code: 'E_ENCODING',
        message: `invalid byte sequences for ${detected.encoding}; read with replacement characters`,
        severity: 'note',
      });
    };
    if (!detected.clean) noteInvalid();
    const pieces = decodeStream(input.open(), detected.encoding, noteInvalid);
    yield* chunkText(pieces, { source: input.source, chunkChars: ctx.chunkChars ?? DEFAULT_CHUNK_CHARS });
  },
};
