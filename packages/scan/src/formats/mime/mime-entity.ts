import { decodeCharset, decodeEncodedWords, type HeaderValue, parseHeaderBlock, parseHeaderValue, qpBytes } from './mime-headers.js';

/** One MIME entity: its headers and either its decoded body bytes or its sub-entities. */
export interface MimeEntity {
  headers: Map<string, string[]>;
  contentType: HeaderValue;
  /** File name from Content-Disposition or Content-Type, decoded. */
  filename: string | undefined;
  attachment: boolean;
  body: Uint8Array;
  parts: MimeEntity[];
}

const MAX_DEPTH = 20;
const LATIN1 = new TextDecoder('latin1');

/** Parses a message (or part) into entities, decoding base64 and quoted-printable bodies. */
export function parseMimeEntity(raw: Uint8Array, depth = 0): MimeEntity {
  // Latin-1 keeps one char per byte, so offsets found in the text cut the bytes at the same places.
  const text = LATIN1.decode(raw);
  const sep = /\r?\n\r?\n/.exec(text);
  const headerEnd = sep ? sep.index : text.length;
  const bodyStart = sep ? sep.index + sep[0].length : text.length;
  const headers = parseHeaderBlock(text.slice(0, headerEnd));
  const contentType = parseHeaderValue(headers.get('content-type')?.[0] ?? 'text/plain; charset=us-ascii');
  if (!contentType.value) contentType.value = 'text/plain';
  const disposition = parseHeaderValue(headers.get('content-disposition')?.[0]);
  const filename = disposition.params.get('filename') ?? contentType.params.get('name');
  const entity: MimeEntity = {
    headers,
    contentType,
    filename: filename ? decodeEncodedWords(filename) : undefined,
    attachment: disposition.value === 'attachment' || (filename !== undefined && !contentType.value.startsWith('text/')),
    body: new Uint8Array(0),
    parts: [],
  };
  const boundary = contentType.params.get('boundary');
  if (contentType.value.startsWith('multipart/') && boundary && depth < MAX_DEPTH) {
    entity.parts = splitMultipart(text, bodyStart, boundary).map(([s, e]) => parseMimeEntity(raw.subarray(s, e), depth + 1));
    return entity;
  }
  if (contentType.value === 'message/rfc822' && depth < MAX_DEPTH) {
    entity.parts = [parseMimeEntity(transferDecode(raw.subarray(bodyStart), headers), depth + 1)];
    return entity;
  }
  entity.body = transferDecode(raw.subarray(bodyStart), headers);
  return entity;
}

/** The text of a text/* entity in its declared charset. */
export function entityText(e: MimeEntity): string {
  return decodeCharset(e.body, e.contentType.params.get('charset'));
}

function transferDecode(body: Uint8Array, headers: Map<string, string[]>): Uint8Array {
  const cte = (headers.get('content-transfer-encoding')?.[0] ?? '').trim().toLowerCase();
  if (cte === 'base64') return Buffer.from(LATIN1.decode(body).replace(/[^A-Za-z0-9+/=]/g, ''), 'base64');
  if (cte === 'quoted-printable') return qpBytes(LATIN1.decode(body));
  return body;
}

/** Byte ranges of the parts between `--boundary` lines (preamble and epilogue dropped). */
function splitMultipart(text: string, from: number, boundary: string): [number, number][] {
  const ranges: [number, number][] = [];
  const delimiter = `--${boundary}`;
  let start = -1;
  let p = from;
  for (;;) {
    const at = text.indexOf(delimiter, p);
    if (at < 0) break;
    const lineStart = at === 0 || text[at - 1] === '\n';
    if (!lineStart) {
      p = at + delimiter.length;
      continue;
    }
    if (start >= 0) ranges.push([start, at > 0 && text[at - 1] === '\n' ? at - (text[at - 2] === '\r' ? 2 : 1) : at]);
    const closing = text.startsWith('--', at + delimiter.length);
    if (closing) return ranges;
    const eol = text.indexOf('\n', at);
    if (eol < 0) return ranges;
    start = eol + 1;
    p = start;
  }
  // No closing delimiter: a truncated message still gives its last part.
  if (start >= 0 && start < text.length) ranges.push([start, text.length]);
  return ranges;
}
