/** One entry of a zip's central directory. */
export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
  isDirectory: boolean;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const UTF8 = new TextDecoder('utf-8', { fatal: true });
const GB18030 = new TextDecoder('gb18030');

/** Why a buffer is not a readable zip. */
export class ZipFormatError extends Error {}

/**
 * Reads the central directory of a zip held in memory (zip64 included); `base` is the file offset of
 * `zip[0]` when only the end of the file is held. Names without the UTF-8 flag
 * are tried as UTF-8 and else read as GB18030, since Chinese Windows tools write GBK names.
 */
export function readZipDirectory(zip: Buffer, base = 0): ZipEntry[] {
  const eocd = findEocd(zip);
  let count = zip.readUInt16LE(eocd + 10);
  let dirOffset = zip.readUInt32LE(eocd + 16) - base;
  const locator = eocd - 20;
  if (locator >= 0 && zip.readUInt32LE(locator) === ZIP64_LOCATOR) {
    const z64 = Number(zip.readBigUInt64LE(locator + 8)) - base;
    if (z64 < 0) throw new ZipFormatError('central directory is larger than the part of the file kept for it');
    if (z64 + 56 > zip.length || zip.readUInt32LE(z64) !== ZIP64_EOCD) throw new ZipFormatError('bad zip64 end record');
    count = Number(zip.readBigUInt64LE(z64 + 32));
    dirOffset = Number(zip.readBigUInt64LE(z64 + 48)) - base;
  }
  if (dirOffset < 0) throw new ZipFormatError('central directory is larger than the part of the file kept for it');
  const entries: ZipEntry[] = [];
  let p = dirOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > zip.length || zip.readUInt32LE(p) !== CENTRAL) throw new ZipFormatError('central directory is damaged');
    const flags = zip.readUInt16LE(p + 8);
    const method = zip.readUInt16LE(p + 10);
    let compressedSize = zip.readUInt32LE(p + 20);
    let size = zip.readUInt32LE(p + 24);
    const nameLen = zip.readUInt16LE(p + 28);
    const extraLen = zip.readUInt16LE(p + 30);
    const commentLen = zip.readUInt16LE(p + 32);
    let localHeaderOffset = zip.readUInt32LE(p + 42);
    const rawName = zip.subarray(p + 46, p + 46 + nameLen);
    const extra = zip.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen);
    ({ size, compressedSize, localHeaderOffset } = applyZip64(extra, { size, compressedSize, localHeaderOffset }));
    const name = decodeName(rawName, (flags & 0x800) !== 0);
    entries.push({ name, method, encrypted: (flags & 1) !== 0, compressedSize, size, localHeaderOffset, isDirectory: name.endsWith('/') });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** The compressed bytes of an entry, found through its local header. */
export function entryData(zip: Buffer, e: ZipEntry): Buffer {
  const p = e.localHeaderOffset;
  if (p + 30 > zip.length || zip.readUInt32LE(p) !== LOCAL) throw new ZipFormatError('local header is damaged');
  const start = p + 30 + zip.readUInt16LE(p + 26) + zip.readUInt16LE(p + 28);
  if (start + e.compressedSize > zip.length) throw new ZipFormatError('member data runs past the end of the file');
  return zip.subarray(start, start + e.compressedSize);
}

function findEocd(zip: Buffer): number {
  const stop = Math.max(0, zip.length - 22 - 0xffff);
  for (let p = zip.length - 22; p >= stop; p--) {
    if (zip.readUInt32LE(p) === EOCD) return p;
  }
  throw new ZipFormatError('no end-of-central-directory record (not a zip, or truncated)');
}

function applyZip64(
  extra: Buffer,
  v: { size: number; compressedSize: number; localHeaderOffset: number },
): { size: number; compressedSize: number; localHeaderOffset: number } {
  for (let q = 0; q + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(q);
    const len = extra.readUInt16LE(q + 2);
    if (id === 0x0001) {
      let r = q + 4;
      const next = (): number => {
        const x = r + 8 <= q + 4 + len ? Number(extra.readBigUInt64LE(r)) : -1;
        r += 8;
        return x;
      };
      const out = { ...v };
      if (v.size === 0xffffffff) out.size = next();
      if (v.compressedSize === 0xffffffff) out.compressedSize = next();
      if (v.localHeaderOffset === 0xffffffff) out.localHeaderOffset = next();
      return out;
    }
    q += 4 + len;
  }
  return v;
}

function decodeName(raw: Buffer, utf8Flag: boolean): string {
  if (utf8Flag) return new TextDecoder().decode(raw);
  try {
    return UTF8.decode(raw);
  } catch {
    return GB18030.decode(raw);
  }
}
