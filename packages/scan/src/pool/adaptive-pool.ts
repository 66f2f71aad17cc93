import type { Fragment } from '../fragment.js';
import type { FragmentResult } from './analyze-fragment.js';
import type { AnalyzePool } from './analyze-pool.js';

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
    analyze(fragment: Fragment): Promise<FragmentResult> {
      if (!workers && seen + fragment.text.length <= inlineChars) {
        seen += fragment.text.length;
        return inline.analyze(fragment);
      }
      workers ??= startWorkers();
      return workers.analyze(fragment);
    },
    async close() {
      await Promise.all([inline.close(), workers?.close()]);
    },
  };
}
