import { type DetectedEncoding, detectEncoding, encodingOfCharset } from '../../formats/detect-encoding.js';

/** The encoding a page is decoded with and where it came from (kept in evidence and tests). */
export interface PageCharset {
  encoding: DetectedEncoding['encoding'];
  via: 'bom' | 'header' | 'meta' | 'detected';
  bomLength: number;
}

const LATIN1 = new TextDecoder('latin1');
// WHATWG prescan, simplified: `<meta charset=x>` or `<meta http-equiv=Content-Type content="…charset=x">`.
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;

/** The charset parameter of a Content-Type header. */
export function headerCharset(contentType: string | undefined): string | undefined {
  return contentType ? /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1] : undefined;
}

/** The charset a page names in a `<meta>` within its first KB. */
export function metaCharset(bytes: Uint8Array): string | undefined {
  return META_CHARSET.exec(LATIN1.decode(bytes.subarray(0, 1024)))?.[1];
}

function bom(bytes: Uint8Array): PageCharset | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', via: 'bom', bomLength: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', via: 'bom', bomLength: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', via: 'bom', bomLength: 2 };
  return undefined;
}

/**
 * Decides a page's encoding the way browsers do: byte-order mark, then the HTTP header, then `<meta>`
 * in the first KB, then detection checked by strict decoding (UTF-8, GB18030, Big5). gb2312 and gbk map to
 * gb18030, their superset. A declared charset we do not know falls through to the next step.
 */
export function sniffCharset(bytes: Uint8Array, contentType?: string): PageCharset {
  const fromBom = bom(bytes);
  if (fromBom) return fromBom;
  const header = headerCharset(contentType);
  const fromHeader = header ? encodingOfCharset(header) : undefined;
  if (fromHeader) return { encoding: fromHeader, via: 'header', bomLength: 0 };
  const meta = metaCharset(bytes);
  const fromMeta = meta ? encodingOfCharset(meta) : undefined;
  // A page saying utf-16 in its own ASCII-readable bytes cannot be utf-16 (HTML standard).
  if (fromMeta) return { encoding: fromMeta.startsWith('utf-16') ? 'utf-8' : fromMeta, via: 'meta', bomLength: 0 };
  const detected = detectEncoding(bytes.subarray(0, 64 * 1024));
  return { encoding: detected.encoding, via: 'detected', bomLength: detected.bomLength };
}

/** Decodes a page's bytes with the sniffed charset; invalid sequences become U+FFFD. */
export function decodePage(bytes: Uint8Array, charset: PageCharset): string {
  return new TextDecoder(charset.encoding).decode(bytes.subarray(charset.bomLength));
}
