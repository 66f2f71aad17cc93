import type { ArchiveLimits } from '../src/formats/archive/archive-budget.js';
import type { FormatReader, ReaderContext, ReaderInput } from '../src/formats/format-reader.js';
import type { Fragment } from '../src/fragment.js';
import type { ScanIssue } from '../src/scan-issue.js';

/** What a reader produced from one input in a test. */
export interface ReadResult {
  fragments: Fragment[];
  issues: ScanIssue[];
}

export interface ReadBytesOptions {
  /** Readers for nested inputs (archive members, attachments), tried in order. */
  readers?: readonly FormatReader[];
  /** Size of the pieces the input is streamed in, to exercise piece boundaries. */
  pieceBytes?: number;
  archiveLimits?: Partial<ArchiveLimits>;
  chunkChars?: number;
}

/** An in-memory input streamed in pieces of `pieceBytes`. */
export function memoryInput(name: string, bytes: Uint8Array, pieceBytes = 4096): ReaderInput {
  return {
    source: name,
    name,
    size: bytes.length,
    head: bytes.subarray(0, 8192),
    depth: 0,
    async *open() {
      for (let i = 0; i < bytes.length; i += pieceBytes) yield bytes.subarray(i, i + pieceBytes);
    },
  };
}

/** Runs `reader` over `bytes` the way the scan pipeline would, collecting fragments and issues. */
export async function readBytes(
  reader: FormatReader,
  name: string,
  bytes: Uint8Array | string,
  options: ReadBytesOptions = {},
): Promise<ReadResult> {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  const issues: ScanIssue[] = [];
  const readers = options.readers ?? [reader];
  const ctx: ReaderContext = {
    issue: (i) => issues.push(i),
    readNested: (nested) => {
      const r = readers.find((x) => x.matches(nested));
      if (!r) return (async function* () {})();
      return r.read(nested, ctx);
    },
    ...(options.archiveLimits ? { archiveLimits: options.archiveLimits } : {}),
    ...(options.chunkChars ? { chunkChars: options.chunkChars } : {}),
  };
  const fragments: Fragment[] = [];
  for await (const f of reader.read(memoryInput(name, data, options.pieceBytes), ctx)) fragments.push(f);
  return { fragments, issues };
}
