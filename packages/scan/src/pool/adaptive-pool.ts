import type { Fragment } from '../fragment.js';
import type { AnalyzePool, FragmentOutcome } from './analyze-pool.js';

/** A pool that starts in this thread and moves to workers once a scan proves large. */
export interface AdaptivePool extends AnalyzePool {
  /**
   * Tells the pool how much input the sources have planned (bytes of the files found). Past `inlineChars`
   * the workers start with the first batch, and this thread never loads the analyzer's tables: analysed
   * inline first, a large scan kept them here for its whole length beside the workers' own copies (about
   * 60 MB of the main thread's heap on a 200 MB text file).
   */
  planned(bytes: number): void;
}

/**
 * Analyses in this thread until `inlineChars` characters have gone through, then starts the worker pool:
 * starting workers costs more than a small scan (the README's example folder), and a large one pays it once.
 */
export function createAdaptivePool(inline: AnalyzePool, startWorkers: () => AnalyzePool, inlineChars: number): AdaptivePool {
  let seen = 0;
  let planned = 0;
  let workers: AnalyzePool | undefined;
  return {
    get size() {
      return workers?.size ?? 1;
    },
    planned(bytes: number): void {
      planned += bytes;
    },
    analyze(batch: readonly Fragment[]): Promise<FragmentOutcome[]> {
      if (!workers && planned <= inlineChars) {
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
