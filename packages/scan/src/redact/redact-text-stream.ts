import type { Redactor } from './redactor.js';

const BLOCK = 64 * 1024;
// A line longer than this is cut: memory stays bounded on a 2 GB single line (a value may split at the cut).
const MAX_BLOCK = 1 << 20;

/** Redacts plain text piece by piece, cutting at line ends so that a value is seldom split. */
export async function* redactTextStream(chunks: AsyncIterable<string>, redactor: Redactor): AsyncIterable<string> {
  let buffer = '';
  for await (const chunk of chunks) {
    buffer += chunk;
    while (buffer.length >= BLOCK) {
      let cut = buffer.lastIndexOf('\n', MAX_BLOCK);
      if (cut < 0) {
        if (buffer.length < MAX_BLOCK) break;
        cut = MAX_BLOCK - 1;
      }
      yield redactor.redact(buffer.slice(0, cut + 1));
      buffer = buffer.slice(cut + 1);
    }
  }
  if (buffer.length > 0) yield redactor.redact(buffer);
}
