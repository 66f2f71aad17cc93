// The format readers, one import line each, sorted by id; `text` comes last as the fallback that takes
// whatever no other reader matched. A reader author adds one line here.
import type { FormatReader, ReaderInput } from './format-reader.js';
import { text } from './text.js';

/** The built-in readers, tried in order; the first whose `matches` says yes reads the input. */
export const formatReaders: readonly FormatReader[] = [text];

/** The reader for an input: the first that matches, else the text fallback. */
export function selectReader(
  input: Pick<ReaderInput, 'name' | 'head' | 'declaredCharset'>,
  readers: readonly FormatReader[] = formatReaders,
): FormatReader {
  return readers.find((r) => r.matches(input)) ?? text;
}
