import { CHAR_CLASSES } from './char-classes.js';
import { RUN_INDEX } from './longest-runs.js';
import { patternNeeds } from './pattern-shape.js';

/**
 * What every match of a regex needs: at least `minLength` code units and, for each class index in `runs` (pairs of
 * `RUN_INDEX` and length), a run of that class at least that long.
 */
export interface Needs {
  minLength: number;
  runs: number[];
}

/** What every match of `re` needs, or undefined when nothing is known (source not understood, no requirement). */
export function needsOf(re: RegExp): Needs | undefined {
  const runs: number[] = [];
  let minLength = 0;
  for (const cls of CHAR_CLASSES) {
    const n = patternNeeds(re, cls);
    if (!n) return undefined;
    minLength = n.minLength;
    if (n.run >= 1) runs.push(RUN_INDEX[cls], n.run);
  }
  return runs.length > 0 || minLength > 1 ? { minLength, runs } : undefined;
}

/** Whether a text of `length` code units with these longest runs can hold a match. */
export function canMatch(needs: Needs, length: number, runs: Int32Array): boolean {
  if (length < needs.minLength) return false;
  const r = needs.runs;
  for (let i = 0; i < r.length; i += 2) if (runs[r[i]!]! < r[i + 1]!) return false;
  return true;
}
