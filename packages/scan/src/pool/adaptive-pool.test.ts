import { describe, expect, it } from 'vitest';
import type { Fragment } from '../fragment.js';
import { createAdaptivePool } from './adaptive-pool.js';
import type { AnalyzePool, FragmentOutcome } from './analyze-pool.js';

/** A pool that answers every fragment with no findings and counts the fragments it was given. */
function countingPool(): AnalyzePool & { fragments: number } {
  const pool = {
    size: 1,
    fragments: 0,
    analyze(batch: readonly Fragment[]): Promise<FragmentOutcome[]> {
      pool.fragments += batch.length;
      return Promise.resolve(batch.map(() => ({ findings: [] }) as unknown as FragmentOutcome));
    },
    close: () => Promise.resolve(),
  };
  return pool;
}

const fragment = (chars: number): Fragment => ({ source: 'a.txt', text: 'x'.repeat(chars) });

describe('createAdaptivePool', () => {
  it('analyses a small scan in this thread and moves to workers past inlineChars', async () => {
    const inline = countingPool();
    const workers = countingPool();
    let started = 0;
    const pool = createAdaptivePool(inline, () => (started++, workers), 100);
    await pool.analyze([fragment(60)]);
    await pool.analyze([fragment(60)]);
    await pool.analyze([fragment(10)]);
    expect([inline.fragments, workers.fragments, started]).toEqual([1, 2, 1]);
  });

  it('starts the workers with the first batch once the planned input exceeds inlineChars', async () => {
    const inline = countingPool();
    const workers = countingPool();
    const pool = createAdaptivePool(inline, () => workers, 100);
    pool.planned(60);
    pool.planned(60);
    await pool.analyze([fragment(10)]);
    expect([inline.fragments, workers.fragments]).toEqual([0, 1]);
  });

  it('stays in this thread when the planned input fits', async () => {
    const inline = countingPool();
    const workers = countingPool();
    const pool = createAdaptivePool(inline, () => workers, 100);
    pool.planned(90);
    await pool.analyze([fragment(10)]);
    expect([inline.fragments, workers.fragments]).toEqual([1, 0]);
  });
});
