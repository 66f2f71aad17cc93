import { ArchiveBudget, withinDepth } from './archive/archive-budget.js';
import { inflateStream } from './archive/inflate.js';
import { describe, memberInput, readMember } from './archive/member-input.js';
import { entryData, readZipDirectory, type ZipEntry } from './archive/zip-directory.js';
import { streamZip } from './archive/zip-stream.js';
import { collectBytes } from './collect-bytes.js';
import type { FormatReader, ReaderContext } from './format-reader.js';

const PIECE = 64 * 1024;

/**
 * Zip archives (and zip-based formats no other reader claimed: .jar, .apk, .epub): each member is read by
 * whichever reader fits it, located as `a.zip!/dir/x.csv`. Encrypted members give `E_ENCRYPTED`, the
 * expansion budget stops zip bombs with `E_ARCHIVE_LIMIT`, and a damaged member does not stop the rest.
 */
export const zip: FormatReader = {
  id: 'zip',
  matches: ({ name, head }) =>
    /\.(zip|jar|apk|epub|ipa|odt|ods|odp)$/i.test(name) || (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04),
  async *read(input, ctx) {
    const budget = ArchiveBudget.of(input, ctx);
    if (!withinDepth(input, ctx, budget)) return;
    const bytes = await collectBytes(input, ctx, budget.limits.maxInMemoryBytes, false);
    if (!bytes) {
      try {
        yield* streamZip(input, ctx, budget, (e) => admit(e, input.source, ctx));
      } catch (e) {
        ctx.issue({
          source: input.source,
          code: 'E_CORRUPT',
          message: `zip is damaged or truncated: ${describe(e)}; read up to there`,
          severity: 'error',
        });
      }
      return;
    }
    let entries: ZipEntry[];
    try {
      entries = readZipDirectory(bytes);
    } catch (e) {
      ctx.issue({ source: input.source, code: 'E_CORRUPT', message: `not a readable zip: ${describe(e)}`, severity: 'error' });
      return;
    }
    for (const entry of entries) {
      if (budget.exhausted || ctx.signal?.aborted) return;
      if (!admit(entry, input.source, ctx)) continue;
      const source = `${input.source}!/${entry.name}`;
      let data: Buffer;
      try {
        data = entryData(bytes, entry);
      } catch (e) {
        ctx.issue({ source, code: 'E_CORRUPT', message: describe(e), severity: 'error' });
        continue;
      }
      const open = (): AsyncIterable<Uint8Array> => {
        const raw = pieces(data);
        return entry.method === 8 ? inflateStream(raw, 'raw') : raw;
      };
      const member = await memberInput(
        { parent: input, path: entry.name, size: entry.size, compressedSize: entry.compressedSize, open },
        budget,
        ctx,
      );
      yield* readMember(member, ctx);
    }
  },
};

/** Whether a member can be read: not a folder, not encrypted, compressed with a method we know (else reported). */
function admit(entry: ZipEntry, archive: string, ctx: ReaderContext): boolean {
  if (entry.isDirectory) return false;
  const source = `${archive}!/${entry.name}`;
  if (entry.encrypted) {
    ctx.issue({ source, code: 'E_ENCRYPTED', message: 'member is encrypted; not read', severity: 'error' });
    return false;
  }
  if (entry.method !== 0 && entry.method !== 8) {
    ctx.issue({
      source,
      code: 'E_UNSUPPORTED',
      message: `compression method ${entry.method} is not supported; not read`,
      severity: 'error',
    });
    return false;
  }
  return true;
}

async function* pieces(data: Buffer): AsyncIterable<Uint8Array> {
  for (let i = 0; i < data.length; i += PIECE) yield data.subarray(i, i + PIECE);
}
