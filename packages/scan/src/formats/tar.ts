import { ArchiveBudget, meterExpansion, withinDepth } from './archive/archive-budget.js';
import { ByteReader } from './archive/byte-reader.js';
import { inflateStream } from './archive/inflate.js';
import { describe, memberInput, readMember } from './archive/member-input.js';
import { cString, isZeroBlock, paxPath, parseTarHeader } from './archive/tar-header.js';
import type { Fragment } from '../fragment.js';
import type { FormatReader, ReaderContext, ReaderInput } from './format-reader.js';

/** Members up to this size are held in memory so their reader may open them twice. */
const BUFFERED_MEMBER_BYTES = 64 * 1024 * 1024;
const HEAD_BYTES = 8192;

const isGzipName = (name: string): boolean => /\.(tgz|tar\.gz|taz)$/i.test(name);

/**
 * Tar archives, plain or gzip-compressed (.tar.gz, .tgz), streamed: members are read one after the other
 * by whichever reader fits, located as `a.tgz!/dir/x.csv`. A damaged header or a truncated archive gives
 * `E_CORRUPT` after the members before it.
 */
export const tar: FormatReader = {
  id: 'tar',
  matches: ({ name, head }) => /\.(tar|tgz|tar\.gz|taz)$/i.test(name) || cString(head.subarray(257, 263)).startsWith('ustar'),
  async *read(input, ctx) {
    const budget = ArchiveBudget.of(input, ctx);
    if (!withinDepth(input, ctx, budget)) return;
    const gzip = isGzipName(input.name) || (input.head[0] === 0x1f && input.head[1] === 0x8b);
    const raw = gzip
      ? meterExpansion(
          inflateStream(input.open(), 'gzip'),
          { source: input.source, ...(input.size !== undefined ? { compressedSize: input.size } : {}) },
          budget,
          ctx,
        )
      : input.open();
    const reader = new ByteReader(raw);
    let longName: string | undefined;
    try {
      for (;;) {
        if (budget.exhausted || ctx.signal?.aborted) return;
        const block = await reader.read(512);
        if (block.length === 0 || isZeroBlock(block)) return;
        const header = parseTarHeader(block);
        const padded = Math.ceil(header.size / 512) * 512;
        if (header.type === 'L' || header.type === 'x') {
          const data = await reader.read(header.size);
          await reader.skip(padded - header.size);
          longName = header.type === 'L' ? cString(data) : (paxPath(data) ?? longName);
          continue;
        }
        const name = (longName ?? header.name).replace(/^\.\//, '');
        longName = undefined;
        if (header.type !== '0' && header.type !== '7') {
          await reader.skip(padded);
          continue;
        }
        const start = reader.position;
        yield* tarMember(input, name, header.size, reader, budget, ctx, !gzip);
        if (budget.exhausted) return;
        const left = start + padded - reader.position;
        if ((await reader.skip(left)) < left) throw new Error('archive ends inside a member');
      }
    } catch (e) {
      ctx.issue({
        source: input.source,
        code: 'E_CORRUPT',
        message: `tar is damaged or truncated: ${describe(e)}; read up to there`,
        severity: 'error',
      });
    }
  },
};

async function* tarMember(
  parent: ReaderInput,
  path: string,
  size: number,
  reader: ByteReader,
  budget: ArchiveBudget,
  ctx: ReaderContext,
  meterMembers: boolean,
): AsyncIterable<Fragment> {
  if (size <= BUFFERED_MEMBER_BYTES) {
    const data = await reader.read(size);
    if (data.length < size) throw new Error('archive ends inside a member');
    const member = await memberInput(
      {
        parent,
        path,
        size,
        metered: !meterMembers,
        head: data.subarray(0, HEAD_BYTES),
        open: async function* () {
          yield data;
        },
      },
      budget,
      ctx,
    );
    yield* readMember(member, ctx);
    return;
  }
  // A big member streams once, straight from the archive; a reader that opens it again gets nothing more.
  const head = await reader.read(HEAD_BYTES);
  let opened = false;
  const member = await memberInput(
    {
      parent,
      path,
      size,
      metered: !meterMembers,
      head,
      open: async function* () {
        if (opened) return;
        opened = true;
        yield head;
        yield* reader.take(size - head.length);
      },
    },
    budget,
    ctx,
  );
  yield* readMember(member, ctx);
}
