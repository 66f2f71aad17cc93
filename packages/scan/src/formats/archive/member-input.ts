import type { Fragment } from '../../fragment.js';
import type { ReaderContext, ReaderInput } from '../format-reader.js';
import { type ArchiveBudget, meterExpansion } from './archive-budget.js';

const HEAD_BYTES = 8192;

/** An archive member (or the content of a .gz) as the archive reader sees it. */
export interface MemberSpec {
  parent: ReaderInput;
  /** Path inside the archive, `/`-separated. */
  path: string;
  size?: number;
  compressedSize?: number;
  /** Opens the member's expanded bytes; may throw on corrupt data. */
  open(): AsyncIterable<Uint8Array>;
  /** The first bytes when the archive already has them (a stream that cannot be opened twice). */
  head?: Uint8Array;
  /** The bytes were already metered on the way in (a tar inside a gzip is metered as one stream). */
  metered?: boolean;
}

/**
 * The `ReaderInput` of an archive member: located as `outer.zip!/dir/x.csv`, one level deeper, sharing
 * the parent's expansion budget, metered against it, and with corrupt data reported once as `E_CORRUPT`
 * (the member's reader then sees a short input and yields what came before).
 */
export async function memberInput(spec: MemberSpec, budget: ArchiveBudget, ctx: ReaderContext): Promise<ReaderInput> {
  const source = `${spec.parent.source}!/${spec.path}`;
  let reported = false;
  async function* guarded(): AsyncIterable<Uint8Array> {
    try {
      yield* spec.open();
    } catch (e) {
      if (reported) return;
      reported = true;
      ctx.issue({ source, code: 'E_CORRUPT', message: `member data is damaged: ${describe(e)}; read up to there`, severity: 'error' });
    }
  }
  const head = spec.head ?? (await firstBytes(guarded(), HEAD_BYTES));
  return {
    source,
    name: spec.path.slice(spec.path.lastIndexOf('/') + 1),
    ...(spec.size !== undefined ? { size: spec.size } : {}),
    head,
    depth: spec.parent.depth + 1,
    budget,
    open: () =>
      meterExpansion(
        guarded(),
        { source, ...(spec.compressedSize !== undefined ? { compressedSize: spec.compressedSize } : {}) },
        budget,
        ctx,
      ),
  };
}

async function firstBytes(chunks: AsyncIterable<Uint8Array>, n: number): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let have = 0;
  for await (const c of chunks) {
    parts.push(c);
    have += c.length;
    if (have >= n) break;
  }
  return Buffer.concat(parts).subarray(0, n);
}

/** An error's message without the stack (and without any data: zlib messages carry none). */
export function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Reads a member with the reader that fits it; if that reader fails on the member's content, the failure
 * is reported for the member as `E_CORRUPT` and the archive goes on with the next one.
 */
export async function* readMember(member: ReaderInput, ctx: ReaderContext): AsyncIterable<Fragment> {
  ctx.opened?.(member.source, member.size);
  try {
    yield* ctx.readNested(member);
  } catch (e) {
    ctx.issue({ source: member.source, code: 'E_CORRUPT', message: `could not be read: ${describe(e)}`, severity: 'error' });
  }
}
