import { COMMON_CJK } from './common-cjk.js';

/** An encoding name TextDecoder accepts, and how many leading bytes are a byte-order mark. */
export interface DetectedEncoding {
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5' | 'windows-1252';
  bomLength: number;
  /** False when no candidate decoded the sample without errors (the text is read with replacement characters). */
  clean: boolean;
}

// Candidates after strict UTF-8, in order of preference on a tie. GB18030 is a superset of GBK and GB2312.
const LEGACY = ['gb18030', 'big5', 'windows-1252'] as const;

const CHARSET_ALIASES: Record<string, DetectedEncoding['encoding']> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  'utf-16': 'utf-16le',
  gb2312: 'gb18030',
  gbk: 'gb18030',
  gb18030: 'gb18030',
  cp936: 'gb18030',
  big5: 'big5',
  'big5-hkscs': 'big5',
  'iso-8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'windows-1252': 'windows-1252',
  'us-ascii': 'utf-8',
};

/** Maps a declared charset (HTTP header, MIME part) to a supported encoding, or undefined when unknown. */
export function encodingOfCharset(charset: string): DetectedEncoding['encoding'] | undefined {
  return CHARSET_ALIASES[charset.trim().toLowerCase()];
}

function strictDecode(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    // stream: true so that a multi-byte character cut at the end of the sample is not an error.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes, { stream: true });
  } catch {
    return undefined;
  }
}

/**
 * How much a decoding looks like real text: common CJK characters and Latin letters count for it; rare
 * ideographs, private-use characters, C1 controls and replacement characters count against it.
 */
export function plausibility(text: string): number {
  let score = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80) continue;
    if (COMMON_CJK.has(c)) score += 3;
    else if (c >= 0x4e00 && c <= 0x9fff) score -= 1;
    else if ((c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef)) score += 1;
    else if (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7) score += 1;
    else if (c === 0xfffd) score -= 6;
    else score -= 2;
  }
  return score;
}

function utf16WithoutBom(head: Uint8Array): DetectedEncoding['encoding'] | undefined {
  const n = Math.min(head.length, 4096) & ~1;
  if (n < 8) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) evenZero++;
    if (head[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.02) return 'utf-16le';
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.02) return 'utf-16be';
  return undefined;
}

/**
 * Detects the encoding of a text from its first bytes: BOM, then UTF-16 by its zero bytes, then strict
 * UTF-8, then the legacy Chinese encodings validated by strict decoding and ranked by plausibility
 * (chardet and jschardet guess wrong on short CJK text, spec/stack.md).
 */
export function detectEncoding(head: Uint8Array, declared?: string): DetectedEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3, clean: true };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2, clean: true };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2, clean: true };
  const fromDeclared = declared ? encodingOfCharset(declared) : undefined;
  if (fromDeclared) return { encoding: fromDeclared, bomLength: 0, clean: strictDecode(fromDeclared, head) !== undefined };
  const utf16 = utf16WithoutBom(head);
  if (utf16) return { encoding: utf16, bomLength: 0, clean: strictDecode(utf16, head) !== undefined };
  if (strictDecode('utf-8', head) !== undefined) return { encoding: 'utf-8', bomLength: 0, clean: true };
  let best: { encoding: DetectedEncoding['encoding']; score: number } | undefined;
  for (const encoding of LEGACY) {
    const text = strictDecode(encoding, head);
    if (text === undefined) continue;
    const score = plausibility(text);
    if (!best || score > best.score) best = { encoding, score };
  }
  if (best) return { encoding: best.encoding, bomLength: 0, clean: true };
  // Nothing decodes cleanly: take the encoding whose lenient decoding looks most like text.
  let lenient: { encoding: DetectedEncoding['encoding']; score: number } = { encoding: 'utf-8', score: -Infinity };
  for (const encoding of ['utf-8', ...LEGACY] as const) {
    const score = plausibility(new TextDecoder(encoding).decode(head, { stream: true }));
    if (score > lenient.score) lenient = { encoding, score };
  }
  return { encoding: lenient.encoding, bomLength: 0, clean: false };
}
