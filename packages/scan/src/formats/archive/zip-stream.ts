import type { Fragment } from '../../fragment.js';
import type { ReaderContext, ReaderInput } from '../format-reader.js';
import type { ArchiveBudget } from './archive-budget.js';
import { ByteReader } from './byte-reader.js';
import { inflateStream } from './inflate.js';
import { memberInput, readMember } from './member-input.js';
import { readZipDirectory, type ZipEntry } from './zip-directory.js';

/** The end of the file kept in the first pass: the central directory must fit in it. */
const TAIL_BYTES = 64 * 1024 * 1024;
const BUFFERED_MEMBER_BYTES = 64 * 1024 * 1024;
const HEAD_BYTES = 8192;

/**
 * Reads a zip too big to hold in memory in two streaming passes: the first keeps only the end of the
 * file (the central directory), the second walks the members in file order. Memory stays bounded by
 * the directory and one buffered member.
 */
export async function* streamZip(
  input: ReaderInput,
  ctx: ReaderContext,
  budget: ArchiveBudget,
  onEntry: (e: ZipEntry) => boolean,
): AsyncIterable<Fragment> {
  const { tail, total } = await tailOf(input.open(), TAIL_BYTES);
  const entries = readZipDirectory(tail, total - tail.length)
    .filter(onEntry)
    .sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
  const reader = new ByteReader(input.open());
  for (const entry of entries) {
    if (budget.exhausted || ctx.signal?.aborted) return;
    const gap = entry.localHeaderOffset - reader.position;
    if (gap < 0 || (await reader.skip(gap)) < gap) throw new Error('member offsets out of order or past the end');
    const local = await reader.read(30);
    if (local.length < 30 || local[0] !== 0x50 || local[1] !== 0x4b || local[2] !== 0x03 || local[3] !== 0x04) {
      throw new Error(`bad local header for ${entry.name}`);
    }
    const view = new DataView(local.buffer, local.byteOffset, 30);
    await reader.skip(view.getUint16(26, true) + view.getUint16(28, true));
    const raw = (chunks: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> =>
      entry.method === 8 ? inflateStream(chunks, 'raw') : chunks;
    const common = { parent: input, path: entry.name, size: entry.size, compressedSize: entry.compressedSize };
    if (entry.compressedSize <= BUFFERED_MEMBER_BYTES) {
      const data = await reader.read(entry.compressedSize);
      const member = await memberInput({ ...common, open: () => raw(once(data)) }, budget, ctx);
      yield* readMember(member, ctx);
      continue;
    }
    // A big member streams once from the archive: its head is the first inflated bytes, kept for the reader.
    const start = reader.position;
    const inflated = raw(reader.take(entry.compressedSize))[Symbol.asyncIterator]();
    const headChunks: Uint8Array[] = [];
    let headBytes = 0;
    let damaged: unknown;
    try {
      while (headBytes < HEAD_BYTES) {
        const next = await inflated.next();
        if (next.done) break;
        headChunks.push(next.value);
        headBytes += next.value.length;
      }
    } catch (e) {
      damaged = e;
    }
    let opened = false;
    const member = await memberInput(
      {
        ...common,
        head: Buffer.concat(headChunks).subarray(0, HEAD_BYTES),
        open: async function* () {
          if (opened) return;
          opened = true;
          yield* headChunks;
          if (damaged) throw damaged;
          for (;;) {
            const next = await inflated.next();
            if (next.done) return;
            yield next.value;
          }
        },
      },
      budget,
      ctx,
    );
    yield* readMember(member, ctx);
    const left = start + entry.compressedSize - reader.position;
    if (left > 0) await reader.skip(left);
  }
}

async function tailOf(chunks: AsyncIterable<Uint8Array>, keep: number): Promise<{ tail: Buffer; total: number }> {
  const parts: Uint8Array[] = [];
  let held = 0;
  let total = 0;
  for await (const c of chunks) {
    parts.push(c);
    held += c.length;
    total += c.length;
    while (parts.length > 1 && held - (parts[0]?.length ?? 0) >= keep) held -= parts.shift()?.length ?? 0;
  }
  return { tail: Buffer.concat(parts), total };
}

async function* once(data: Uint8Array): AsyncIterable<Uint8Array> {
  yield data;
}
