import { inflateRawSync } from 'node:zlib';
import type { ArchiveBudget } from '../archive/archive-budget.js';
import { entryData, readZipDirectory, type ZipEntry } from '../archive/zip-directory.js';

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Why an Office file could not be opened: encrypted (an OLE container), or not a readable package. */
export class OoxmlOpenError extends Error {
  readonly code: 'E_ENCRYPTED' | 'E_CORRUPT';
  constructor(code: 'E_ENCRYPTED' | 'E_CORRUPT', message: string) {
    super(message);
    this.code = code;
  }
}

/** The parts of an Office Open XML package (docx, pptx), decompressed on demand within the archive budget. */
export class OoxmlPackage {
  private readonly zip: Buffer;
  private readonly entries: Map<string, ZipEntry>;
  private readonly budget: ArchiveBudget;

  /** Opens a package; a password-protected Office file (an OLE compound file) is `E_ENCRYPTED`. */
  constructor(bytes: Buffer, budget: ArchiveBudget) {
    if (CFB_MAGIC.every((b, i) => bytes[i] === b)) {
      throw new OoxmlOpenError('E_ENCRYPTED', 'password-protected Office document (OLE-wrapped encrypted package); not read');
    }
    try {
      this.entries = new Map(readZipDirectory(bytes).map((e) => [e.name, e]));
    } catch (e) {
      throw new OoxmlOpenError('E_CORRUPT', `not a readable Office document: ${e instanceof Error ? e.message : String(e)}`);
    }
    this.zip = bytes;
    this.budget = budget;
  }

  /** Part names matching a pattern, in natural order (slide2 before slide10). */
  names(pattern: RegExp): string[] {
    return [...this.entries.keys()].filter((n) => pattern.test(n)).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  }

  /** A part's text (UTF-8 XML), or undefined when absent; throws on damaged data or past the budget. */
  text(name: string): string | undefined {
    const e = this.entries.get(name);
    if (!e) return undefined;
    const data = entryData(this.zip, e);
    const limits = this.budget.limits;
    const room = Math.max(0, limits.maxTotalBytes - this.budget.expanded);
    const max = Math.min(room, Math.max(limits.ratioFloorBytes, e.compressedSize * limits.maxRatio));
    let out: Buffer;
    try {
      out = e.method === 0 ? data : inflateRawSync(data, { maxOutputLength: Math.max(1, max) });
    } catch (err) {
      if (err instanceof RangeError) {
        this.budget.exhausted = true;
        throw new OoxmlOpenError('E_CORRUPT', `part ${name} expands past the archive limits (zip bomb?)`);
      }
      throw new OoxmlOpenError('E_CORRUPT', `part ${name} is damaged: ${err instanceof Error ? err.message : String(err)}`);
    }
    this.budget.expanded += out.length;
    return out.toString('utf8');
  }
}
