import type { Fragment } from '../fragment.js';
import type { AnalyzePool, FragmentOutcome } from './analyze-pool.js';

/**
 * Analyses in this thread until `inlineChars` characters have gone through, then starts the worker pool:
 * starting workers costs more than a small scan (the README's example folder), and a large one pays it once.
 */
export function createAdaptivePool(inline: AnalyzePool, startWorkers: () => AnalyzePool, inlineChars: number): AnalyzePool {
  let seen = 0;
  let workers: AnalyzePool | undefined;
  return {
    get size() {
      return workers?.size ?? 1;
    },
    analyze(batch: readonly Fragment[]): Promise<FragmentOutcome[]> {
      if (!workers) {
        let chars = 0;
        for (const f of batch) chars += f.text.length;
        if (seen + chars <= inlineChars) {
          seen += chars;
          return inline.analyze(batch);
        }
      }
      workers ??= startWorkers();
      return workers.analyze(batch);
    },
    async close() {
      await Promise.all([inline.close(), workers?.close()]);
    },
  };
}
