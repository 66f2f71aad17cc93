import type { ReaderContext, ReaderInput } from './format-reader.js';

/**
 * The whole input in memory, for formats that need random access (zip's central directory, PDF's xref).
 * Past `maxBytes` it returns undefined, reporting `E_TOO_LARGE` unless the caller has another way (`report`).
 */
export async function collectBytes(input: ReaderInput, ctx: ReaderContext, maxBytes: number, report = true): Promise<Buffer | undefined> {
  if (input.size !== undefined && input.size > maxBytes) {
    if (report) tooLarge(input, ctx, maxBytes);
    return undefined;
  }
  const parts: Uint8Array[] = [];
  let n = 0;
  for await (const chunk of input.open()) {
    n += chunk.length;
    if (n > maxBytes) {
      if (report) tooLarge(input, ctx, maxBytes);
      return undefined;
    }
    parts.push(chunk);
  }
  return Buffer.concat(parts, n);
}

function tooLarge(input: ReaderInput, ctx: ReaderContext, maxBytes: number): void {
  ctx.issue({
    source: input.source,
    code: 'E_TOO_LARGE',
    message: `larger than ${maxBytes} bytes, the most this format is read into memory; not read`,
    severity: 'error',
  });
}
