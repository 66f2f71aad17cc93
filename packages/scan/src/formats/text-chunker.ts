import { WINDOW_SEARCH, WINDOW_TARGET, windowAt } from '@piguard/core';
import type { Fragment } from '../fragment.js';
import { advancePosition, type TextPosition } from '../text-position.js';

/**
 * Default fragment size. Fragments stay under V8's large-object size (a string of 64K UTF-16 characters is 128 KB,
 * beyond which it lives in the large-object space, freed only by full collections, in the main thread and again in
 * each worker), which keeps memory flat; each still gives a worker enough to do per message.
 */
export const DEFAULT_CHUNK_CHARS = 44 * 1024;
/**
 * Characters of context kept on each side of a cut: more than any recogniser reads around a value (context
 * words reach 40 characters, validators a few hundred) and than any single value's length.
 */
export const CHUNK_OVERLAP = 512;

// The analyzer splits each text into windows of about 4 KB (`windowAt` of `@piguard/core`) and looks for a value
// inside the window it starts in. Some values span a newline (an English street address over two lines) and the name
// tagger reads its whole window, so where the windows fall decides some findings. Fragments therefore start at a
// window boundary of the whole text and end at one: the analyzer then splits each fragment exactly as it would split
// the whole text, and the findings do not depend on the chunk size.

/** A fragment may grow past `chunkChars` by this share (at least a window) to reach a blank line to cut at. */
const BLANK_LINE_SEARCH = 0.25;

export interface ChunkOptions {
  source: string;
  chunkChars: number;
  /** Context kept on each side of a cut (default CHUNK_OVERLAP); at most a quarter of a window. */
  overlap?: number;
}

/**
 * The longest fragment `chunkText` makes for `chunkChars`: the chunk, the stretch to a blank line and the windows
 * on either side. With the default, 62,464 characters (122 KB as UTF-16): under V8's large-object size.
 */
export function maxFragmentChars(chunkChars: number): number {
  const size = Math.max(1, Math.floor(chunkChars));
  return size + stretchOf(size) + WINDOW_TARGET + WINDOW_SEARCH;
}

function stretchOf(size: number): number {
  return Math.max(WINDOW_TARGET + WINDOW_SEARCH, Math.floor(size * BLANK_LINE_SEARCH));
}

/** Where to cut inside the window [start, end): after a blank line, else at a line start, else anywhere; -1: none. */
function cutIn(buf: string, start: number, end: number, reach: number, blankOnly: boolean): number {
  const from = start + reach;
  const to = end - reach;
  if (from >= to) return -1;
  // The first blank line: a cut after it starts a new paragraph, so no record (block) spans two fragments. Searched
  // in a slice (a view, not a copy) so that a text without blank lines is not searched to its end at every window.
  const blank = /\n(?:[ \t\r\f\v]*\n)+/.exec(buf.slice(from - 1, end));
  if (blank && from - 1 + blank.index + blank[0].length <= to) return from - 1 + blank.index + blank[0].length;
  if (blankOnly) return -1;
  const nl = buf.indexOf('\n', from - 1);
  if (nl !== -1 && nl + 1 <= to) return nl + 1;
  const code = buf.charCodeAt(from - 1);
  return code >= 0xd800 && code <= 0xdbff ? from + 1 : from;
}

/** Where the last blank-line-separated block that starts in buf(from, to] starts; -1 where none does. */
function lastBlockStart(buf: string, from: number, to: number): number {
  let last = -1;
  for (const m of buf.slice(from, to).matchAll(/\n(?:[ \t\r\f\v]*\n)+/g)) last = from + m.index + m[0].length;
  return last;
}

/**
 * Cuts a stream of decoded text into fragments of about `chunkChars` whose findings are those of the whole text.
 * Each fragment starts and ends at a boundary of the analyzer's windows (see above) and owns the text between two
 * cuts, each cut inside a window, after a blank line where one is near (else at a line start), with `overlap`
 * characters of context on either side within that window. The window holding a cut is analysed by both
 * fragments, each keeping the findings that start on its side. Fragments carry their line, column and offset.
 */
export async function* chunkText(pieces: AsyncIterable<string>, options: ChunkOptions): AsyncIterable<Fragment> {
  const size = Math.max(1, Math.floor(options.chunkChars));
  const reach = Math.min(WINDOW_TARGET / 4, Math.max(0, Math.floor(options.overlap ?? CHUNK_OVERLAP)));
  const stretch = stretchOf(size);
  // buf starts at a window boundary of the whole text, at `offset` and `pos`; buf[0, owned) was owned before.
  let buf = '';
  let pos: TextPosition = { line: 1, column: 1 };
  let offset = 0;
  let owned = 0;
  let cutAny = false;
  // The window being walked, relative to buf.
  let walk = 0;
  // Where the block (paragraph, table) holding the last cut starts in the source: a record key for the next
  // fragment when it continues that block.
  let blockFrom = 0;

  const fragment = (text: string, before: number, after: number): Fragment => ({
    source: options.source,
    text,
    line: pos.line,
    column: pos.column,
    offset,
    ...(cutAny ? { overlap: { before, after } } : {}),
    ...(blockFrom < offset + before ? { blockStart: blockFrom } : {}),
  });

  // Walks windows from `walk` and yields a fragment at each cut found; returns when more text is needed.
  function* cuts(final: boolean): Generator<Fragment> {
    for (;;) {
      const w = windowAt(buf, walk, final);
      if (!w || w.last) return;
      const end = w.end;
      const reached = end - owned >= size;
      // Windows after the fragment's first one only (a cut in the first would leave the previous cut's window).
      if (walk > 0 && reached) {
        const blankOnly = end < size + stretch;
        const cut = cutIn(buf, walk, end, reach, blankOnly);
        if (cut > owned) {
          cutAny = true;
          yield fragment(buf.slice(0, end), owned, end - cut);
          const block = lastBlockStart(buf, Math.max(0, owned - 1), cut);
          if (block >= 0) blockFrom = offset + block;
          pos = advancePosition(buf, 0, walk, pos);
          offset += walk;
          buf = buf.slice(walk);
          owned = cut - walk;
          walk = 0;
          continue;
        }
      }
      walk = w.next;
    }
  }

  for await (const piece of pieces) {
    buf += piece;
    yield* cuts(false);
  }
  yield* cuts(true);
  if (buf.length > owned || !cutAny) {
    if (buf.length > 0) yield fragment(buf, owned, 0);
  }
}
