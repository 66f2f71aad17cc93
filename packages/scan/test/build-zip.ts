import { crc32, deflateRawSync } from 'node:zlib';

/** One member of a zip built in a test. */
export interface ZipMember {
  name: string | Uint8Array;
  data: Uint8Array | string;
  /** Stored (0) or deflated (8, the default). */
  method?: 0 | 8;
  /** Sets the "encrypted" flag (the data itself is left as is: readers must not try it). */
  encrypted?: boolean;
  /** Overwrites the compressed bytes (to damage them). */
  damage?: (compressed: Buffer) => Buffer;
}

/** Builds a zip archive in memory (local headers, central directory, end record), UTF-8 names flagged. */
export function buildZip(members: readonly ZipMember[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const m of members) {
    const data = typeof m.data === 'string' ? Buffer.from(m.data) : Buffer.from(m.data);
    const method = m.method ?? 8;
    let compressed: Buffer = method === 8 ? deflateRawSync(data) : data;
    if (m.damage) compressed = m.damage(compressed);
    const utf8 = typeof m.name === 'string';
    const name = typeof m.name === 'string' ? Buffer.from(m.name) : Buffer.from(m.name);
    const flags = (utf8 ? 0x800 : 0) | (m.encrypted ? 1 : 0);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(members.length, 8);
  end.writeUInt16LE(members.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}
