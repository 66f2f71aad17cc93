import { selectReader } from '../formats/index.js';
import type { FormatReader, ReaderContext, ReaderInput } from '../formats/format-reader.js';
import type { Fragment } from '../fragment.js';
import type { SourceSink } from './source.js';

/** What a source passes down to the readers. */
export interface ReadOptions {
  readers?: readonly FormatReader[];
  chunkChars?: number;
  signal?: AbortSignal;
}

/** Reads one input with the reader that fits it; nested inputs (archive members) go the same way. */
export function readInput(input: ReaderInput, sink: SourceSink, options: ReadOptions): AsyncIterable<Fragment> {
  const ctx: ReaderContext = {
    issue: (i) => sink.issue(i),
    bytes: (n) => sink.bytes?.(n),
    opened: (s, size) => sink.opened?.(s, size),
    readNested: (nested) => readInput(nested, sink, options),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.chunkChars !== undefined ? { chunkChars: options.chunkChars } : {}),
  };
  return selectReader(input, options.readers).read(input, ctx);
}
