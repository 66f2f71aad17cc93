import type { ReaderInput } from './format-reader.js';

/**
 * Text is decoded in pieces of this many bytes at most. A file is read about 1 MB at a time; decoded whole, each
 * read would be a string of up to 1M characters, which V8 keeps in its large-object space (past 64K UTF-16
 * characters) until a full collection. Slices of a read are views of its buffer, not copies.
 */
export const DECODE_BYTES = 32 * 1024;

/** The input with its bytes handed on in slices of at most `bytes`. */
export function readInPieces(input: ReaderInput, bytes = DECODE_BYTES): ReaderInput {
  return {
    ...input,
    async *open() {
      for await (const chunk of input.open()) {
        if (chunk.length <= bytes) yield chunk;
        else for (let i = 0; i < chunk.length; i += bytes) yield chunk.subarray(i, i + bytes);
      }
    },
  };
}
