/** One member of a tar built in a test. */
export interface TarMember {
  name: string;
  data: string | Uint8Array;
  /** Write the name in a pax extended header (names over 100 bytes need one). */
  pax?: boolean;
}

function header(name: string, size: number, type: string): Buffer {
  const h = Buffer.alloc(512);
  h.write(name.slice(0, 100), 0);
  h.write('0000644\0', 100);
  h.write('0000000\0', 108);
  h.write('0000000\0', 116);
  h.write(`${size.toString(8).padStart(11, '0')}\0`, 124);
  h.write('00000000000\0', 136);
  h.write(type, 156);
  h.write('ustar\x0000', 257);
  h.fill(0x20, 148, 156);
  let sum = 0;
  for (const b of h) sum += b;
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  return h;
}

function pad(data: Buffer): Buffer {
  const rest = data.length % 512;
  return rest === 0 ? data : Buffer.concat([data, Buffer.alloc(512 - rest)]);
}

/** Builds a ustar archive in memory, with pax headers where asked. */
export function buildTar(members: readonly TarMember[]): Buffer {
  const parts: Buffer[] = [];
  for (const m of members) {
    const data = Buffer.from(m.data);
    if (m.pax) {
      const body = ` path=${m.name}\n`;
      let len = body.length + 2;
      while (`${len}${body}`.length !== len) len++;
      const rec = Buffer.from(`${len}${body}`);
      parts.push(header('PaxHeader', rec.length, 'x'), pad(rec));
    }
    parts.push(header(m.name, data.length, '0'), pad(data));
  }
  parts.push(Buffer.alloc(1024));
  return Buffer.concat(parts);
}
