/** A tar header block, decoded. */
export interface TarHeader {
  name: string;
  size: number;
  /** `0` file, `5` directory, `L` GNU long name, `x`/`g` pax, others links and devices. */
  type: string;
}

const UTF8 = new TextDecoder();

/** Why a block is not a tar header. */
export class TarFormatError extends Error {}

/** True for the all-zero blocks that end an archive. */
export function isZeroBlock(block: Uint8Array): boolean {
  for (const b of block) if (b !== 0) return false;
  return true;
}

/** Decodes a 512-byte ustar/GNU header, checking its checksum. */
export function parseTarHeader(block: Uint8Array): TarHeader {
  if (block.length < 512) throw new TarFormatError('truncated header');
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 0x20 : (block[i] ?? 0);
  const stored = parseOctal(block.subarray(148, 156));
  if (stored !== sum) throw new TarFormatError('header checksum mismatch (not a tar, or damaged)');
  const name = cString(block.subarray(0, 100));
  const magic = cString(block.subarray(257, 263));
  const prefix = magic.startsWith('ustar') ? cString(block.subarray(345, 500)) : '';
  const type = String.fromCharCode(block[156] || 0x30);
  return { name: prefix ? `${prefix}/${name}` : name, size: parseSize(block.subarray(124, 136)), type };
}

/** The `path` of a pax extended header (`len key=value\n` records). */
export function paxPath(data: Uint8Array): string | undefined {
  const text = UTF8.decode(data);
  for (let p = 0; p < text.length; ) {
    const space = text.indexOf(' ', p);
    const len = Number.parseInt(text.slice(p, space), 10);
    if (!(len > 0)) return undefined;
    const record = text.slice(space + 1, p + len - 1);
    if (record.startsWith('path=')) return record.slice(5);
    p += len;
  }
  return undefined;
}

/** The NUL-terminated text of a field. */
export function cString(field: Uint8Array): string {
  const end = field.indexOf(0);
  return UTF8.decode(end < 0 ? field : field.subarray(0, end));
}

function parseOctal(field: Uint8Array): number {
  const s = cString(field).trim();
  return s.length === 0 ? 0 : Number.parseInt(s, 8);
}

function parseSize(field: Uint8Array): number {
  // GNU base-256 for sizes past 8 GB: high bit of the first byte set.
  if (((field[0] ?? 0) & 0x80) !== 0) {
    let n = (field[0] ?? 0) & 0x7f;
    for (let i = 1; i < field.length; i++) n = n * 256 + (field[i] ?? 0);
    return n;
  }
  return parseOctal(field);
}
