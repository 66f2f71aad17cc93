import type { Fragment } from '../fragment.js';
import { advancePosition, type TextPosition } from '../text-position.js';

/** Default fragment size: about 1 MB of text keeps memory flat and gives workers enough to do per message. */
export const DEFAULT_CHUNK_CHARS = 1 << 20;
/**
 * Context shared with each neighbour at a cut. Longer than any identifier and than the analyzer's context
 * windows, so a value at a cut is seen whole, with its context words, by exactly one fragment.
 */
export const CHUNK_OVERLAP = 256;

export interface ChunkOptions {
  source: string;
  chunkChars: number;
  overlap?: number;
}

/**
 * Cuts a stream of decoded text into fragments of about `chunkChars`, at a newline in the second half of a
 * chunk where there is one and anywhere (not inside a surrogate pair) where there is not. Each fragment
 * carries its line, column and offset, and its overlap with its neighbours.
 */
export async function* chunkText(pieces: AsyncIterable<string>, options: ChunkOptions): AsyncIterable<Fragment> {
  const size = Math.max(1, Math.floor(options.chunkChars));
  const overlap = Math.max(0, Math.floor(options.overlap ?? CHUNK_OVERLAP));
  let buf = '';
  let pos: TextPosition = { line: 1, column: 1 };
  let offset = 0;
  let owned = 0; // buf[0, owned) was already owned by the previous fragment
  let cutAny = false;

  const fragment = (text: string, before: number, after: number): Fragment => ({
    source: options.source,
    text,
    line: pos.line,
    column: pos.column,
    offset,
    ...(cutAny ? { overlap: { before, after } } : {}),
  });

  for await (const piece of pieces) {
    buf += piece;
    while (buf.length - owned >= size + overlap) {
      const target = owned + size;
      const newline = buf.lastIndexOf('\n', target - 1);
      let cut = newline >= owned + size / 2 ? newline + 1 : target;
      const code = buf.charCodeAt(cut - 1);
      if (cut === target && code >= 0xd800 && code <= 0xdbff) cut--;
      cutAny = true;
      yield fragment(buf.slice(0, cut + overlap), owned, overlap);
      const next = Math.max(0, cut - overlap);
      pos = advancePosition(buf, 0, next, pos);
      offset += next;
      buf = buf.slice(next);
      owned = cut - next;
    }
  }
  if (buf.length > owned || !cutAny) {
    if (buf.length > 0) yield fragment(buf, owned, 0);
  }
}
