// Magic numbers of common binary formats that have no text worth reading without a dedicated reader.
const MAGIC: ReadonlyArray<{ name: string; bytes: readonly number[] }> = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'ZIP archive', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'SQLite database', bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66] },
];

/** Why a head of bytes looks binary, or undefined when it looks like text (UTF-16 is text). */
export function binaryReason(head: Uint8Array, isUtf16: boolean): string | undefined {
  for (const m of MAGIC) {
    if (m.bytes.every((b, i) => head[i] === b)) return `binary file (${m.name}); no reader for this format`;
  }
  if (isUtf16 || head.length === 0) return undefined;
  let control = 0;
  for (const b of head) {
    if (b === 0) return 'binary file (NUL bytes)';
    // Tab, LF, VT, FF, CR and ESC (terminal colours in logs) are text.
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 11 && b !== 12 && b !== 13 && b !== 27) control++;
  }
  return control / head.length > 0.1 ? 'binary file (control characters)' : undefined;
}
