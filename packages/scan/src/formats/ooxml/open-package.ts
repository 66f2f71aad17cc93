import { ArchiveBudget } from '../archive/archive-budget.js';
import { collectBytes } from '../collect-bytes.js';
import type { ReaderContext, ReaderInput } from '../format-reader.js';
import { OoxmlOpenError, OoxmlPackage } from './ooxml-package.js';

/** Opens an Office package, reporting `E_TOO_LARGE`, `E_ENCRYPTED` or `E_CORRUPT` and returning undefined. */
export async function openPackage(input: ReaderInput, ctx: ReaderContext): Promise<OoxmlPackage | undefined> {
  const budget = ArchiveBudget.of(input, ctx);
  const bytes = await collectBytes(input, ctx, budget.limits.maxInMemoryBytes);
  if (!bytes) return undefined;
  try {
    return new OoxmlPackage(bytes, budget);
  } catch (e) {
    reportOpenError(input, ctx, e);
    return undefined;
  }
}

/** Reports an error from reading a package as the issue it stands for. */
export function reportOpenError(input: ReaderInput, ctx: ReaderContext, e: unknown): void {
  const code = e instanceof OoxmlOpenError ? e.code : 'E_CORRUPT';
  const message = e instanceof Error ? e.message : String(e);
  ctx.issue({ source: input.source, code, message, severity: 'error' });
}
