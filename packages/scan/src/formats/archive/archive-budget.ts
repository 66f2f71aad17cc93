import type { ReaderContext, ReaderInput } from '../format-reader.js';

/** Limits on what archives may expand to; zip bombs (huge ratios, deep nesting) stop at these. */
export interface ArchiveLimits {
  /** Deepest archive nesting read (a zip in a zip in a zip is depth 3). */
  maxDepth: number;
  /** Total bytes that one top-level archive and everything nested in it may expand to. */
  maxTotalBytes: number;
  /** Largest expanded/compressed ratio of a member, checked once it passed `ratioFloorBytes`. */
  maxRatio: number;
  /** Members smaller than this are never judged by their ratio (tiny repetitive files compress well). */
  ratioFloorBytes: number;
  /** Largest archive read into memory (zip needs its central directory at the end). */
  maxInMemoryBytes: number;
}

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = Object.freeze({
  maxDepth: 5,
  maxTotalBytes: 8 * 1024 ** 3,
  maxRatio: 250,
  ratioFloorBytes: 16 * 1024 ** 2,
  maxInMemoryBytes: 1024 ** 3,
});

/**
 * The expansion budget shared by a top-level archive and everything nested in it. It travels in
 * `ReaderInput.budget` so that a zip inside a tar inside a gzip counts against one total.
 */
export class ArchiveBudget {
  expanded = 0;
  exhausted = false;
  readonly limits: ArchiveLimits;
  constructor(limits: ArchiveLimits) {
    this.limits = limits;
  }

  /** The budget of an input: its parent's, or a fresh one from the context's limits. */
  static of(input: ReaderInput, ctx: ReaderContext): ArchiveBudget {
    return input.budget ?? new ArchiveBudget({ ...DEFAULT_ARCHIVE_LIMITS, ...ctx.archiveLimits });
  }
}

/**
 * Checks the nesting depth before an archive is opened; reports `E_ARCHIVE_LIMIT` and returns false
 * where the input is nested too deep.
 */
export function withinDepth(input: ReaderInput, ctx: ReaderContext, budget: ArchiveBudget): boolean {
  if (input.depth < budget.limits.maxDepth) return true;
  ctx.issue({
    source: input.source,
    code: 'E_ARCHIVE_LIMIT',
    message: `archive nested deeper than ${budget.limits.maxDepth} levels; not expanded`,
    severity: 'error',
  });
  return false;
}

/**
 * Passes a member's expanded bytes through, counting them against the budget. Past a limit it reports
 * `E_ARCHIVE_LIMIT` once, marks the budget exhausted and ends the stream, so the reader of the member
 * sees a short input and the archive reader stops opening members.
 */
export async function* meterExpansion(
  chunks: AsyncIterable<Uint8Array>,
  member: { source: string; compressedSize?: number },
  budget: ArchiveBudget,
  ctx: ReaderContext,
): AsyncIterable<Uint8Array> {
  const { limits } = budget;
  let mine = 0;
  for await (const chunk of chunks) {
    if (budget.exhausted) return;
    mine += chunk.length;
    budget.expanded += chunk.length;
    let why: string | undefined;
    if (budget.expanded > limits.maxTotalBytes) {
      why = `expanded size passed the limit of ${limits.maxTotalBytes} bytes`;
    } else if (
      member.compressedSize !== undefined &&
      mine > limits.ratioFloorBytes &&
      mine / Math.max(member.compressedSize, 1) > limits.maxRatio
    ) {
      why = `expansion ratio passed ${limits.maxRatio}:1 (${mine} bytes from ${member.compressedSize})`;
    }
    if (why) {
      budget.exhausted = true;
      ctx.issue({
        source: member.source,
        code: 'E_ARCHIVE_LIMIT',
        message: `${why}; archive looks like a zip bomb, rest skipped`,
        severity: 'error',
      });
      return;
    }
    yield chunk;
  }
}
