import { CHAR_CLASSES, CLASS_BIT, CLASS_TABLE, type CharClass } from './char-classes.js';

/** The index of each class in a `longestRuns` array. */
export const RUN_INDEX: Record<CharClass, number> = Object.fromEntries(CHAR_CLASSES.map((c, i) => [c, i])) as Record<CharClass, number>;

const BITS = CHAR_CLASSES.map((c) => CLASS_BIT[c]);

/** Length of the array `longestRuns` writes: the runs, then the current run of each class while reading. */
export const RUNS_LENGTH = 2 * BITS.length;

/**
 * The longest run of each class (`CHAR_CLASSES` order, see `RUN_INDEX`) in `text`, written into the first
 * `CHAR_CLASSES.length` cells of `out` (`RUNS_LENGTH` long): one pass, nothing allocated. A short text (a table
 * cell) lacks most classes, so a pattern that needs a run it does not hold is known to miss without running.
 */
export function longestRuns(text: string, out: Int32Array): void {
  const k = BITS.length;
  out.fill(0);
  for (let i = 0; i < text.length; i++) {
    const b = CLASS_TABLE[text.charCodeAt(i)]!;
    for (let j = 0; j < k; j++) {
      if ((b & BITS[j]!) === 0) out[k + j] = 0;
      else {
        const n = out[k + j]! + 1;
        out[k + j] = n;
        if (n > out[j]!) out[j] = n;
      }
    }
  }
}
