import { ArchiveBudget, withinDepth } from './archive/archive-budget.js';
import { inflateStream } from './archive/inflate.js';
import { memberInput, readMember } from './archive/member-input.js';
import type { FormatReader } from './format-reader.js';

/**
 * A gzip-compressed file (`x.csv.gz`): its content is read by whichever reader fits the inner name, located
 * as `x.csv.gz!/x.csv`. A truncated stream gives `E_CORRUPT` after what could be decompressed; the ratio
 * and size limits apply as to any archive. Tar inside gzip is the tar reader's.
 */
export const gz: FormatReader = {
  id: 'gz',
  matches: ({ name, head }) => !/\.(tgz|tar\.gz|taz)$/i.test(name) && (/\.gz$/i.test(name) || (head[0] === 0x1f && head[1] === 0x8b)),
  async *read(input, ctx) {
    const budget = ArchiveBudget.of(input, ctx);
    if (!withinDepth(input, ctx, budget)) return;
    const inner = input.name.replace(/\.gz$/i, '') || 'content';
    const member = await memberInput(
      {
        parent: input,
        path: inner === input.name ? `${inner}.out` : inner,
        ...(input.size !== undefined ? { compressedSize: input.size } : {}),
        open: () => inflateStream(input.open(), 'gzip'),
      },
      budget,
      ctx,
    );
    yield* readMember(member, ctx);
  },
};
