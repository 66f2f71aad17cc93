import { decodeStream } from './decode-stream.js';
import { detectEncoding } from './detect-encoding.js';
import type { ReaderContext, ReaderInput } from './format-reader.js';

/**
 * The input's text, decoded with the declared or detected charset. Invalid byte sequences become
 * replacement characters and one `E_ENCODING` note, so a partly damaged file is still read. A charset the
 * document declares itself (`inDocument`: HTML meta, XML declaration) comes after the container's.
 */
export function decodedText(input: ReaderInput, ctx: ReaderContext, inDocument?: string): AsyncIterable<string> {
  const detected = detectEncoding(input.head, input.declaredCharset ?? inDocument);
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
  return decodeStream(input.open(), detected.encoding, noteInvalid);
}

/** The whole decoded text, or undefined (with an `E_TOO_LARGE` issue) past `maxChars`. */
export async function decodedWhole(input: ReaderInput, ctx: ReaderContext, maxChars: number): Promise<string | undefined> {
  const parts: string[] = [];
  let n = 0;
  for await (const piece of decodedText(input, ctx)) {
    n += piece.length;
    if (n > maxChars) {
      ctx.issue({ source: input.source, code: 'E_TOO_LARGE', message: `more than ${maxChars} characters; not read`, severity: 'error' });
      return undefined;
    }
    parts.push(piece);
  }
  return parts.join('');
}
