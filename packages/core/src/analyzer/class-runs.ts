import { CHAR_CLASSES, CLASS_BIT, CLASS_TABLE, type CharClass } from './char-classes.js';
import type { PatternShape } from './pattern-shape.js';

// Start ranges closer than this are searched as one: a gap holds no match start, and one exec over it costs
// less than another slice and call.
const MERGE_GAP = 64;

/** Maximal runs of one character class in a text, as parallel start and end arrays. */
export interface Runs {
  starts: number[];
  ends: number[];
  /** The longest run's length. */
  longest: number;
  /** Runs at least so long, by length, kept once asked for: patterns needing the same length share them. */
  atLeast?: Map<number, { starts: number[]; ends: number[] }>;
}

function runsAtLeast(runs: Runs, k: number): { starts: number[]; ends: number[] } {
  runs.atLeast ??= new Map();
  let out = runs.atLeast.get(k);
  if (out) return out;
  out = { starts: [], ends: [] };
  for (let i = 0; i < runs.starts.length; i++) {
    if (runs.ends[i]! - runs.starts[i]! >= k) {
      out.starts.push(runs.starts[i]!);
      out.ends.push(runs.ends[i]!);
    }
  }
  runs.atLeast.set(k, out);
  return out;
}

/** Runs of each class in `classes` (a bit set of `CLASS_BIT`s), found in one pass over the text. */
export function classRuns(text: string, classes: number): Map<CharClass, Runs> {
  const kinds = CHAR_CLASSES.filter((c) => (classes & CLASS_BIT[c]) !== 0);
  const bits = kinds.map((c) => CLASS_BIT[c]);
  const runs = kinds.map((): Runs => ({ starts: [], ends: [], longest: 0 }));
  const open = kinds.map(() => 0);
  const n = text.length;
  const table = CLASS_TABLE;
  let prev = 0;
  for (let i = 0; i <= n; i++) {
    const b = i < n ? table[text.charCodeAt(i)]! & classes : 0;
    if (b === prev) continue;
    const changed = b ^ prev;
    for (let k = 0; k < bits.length; k++) {
      const bit = bits[k]!;
      if ((changed & bit) === 0) continue;
      if ((b & bit) !== 0) {
        open[k] = i;
      } else {
        const r = runs[k]!;
        r.starts.push(open[k]!);
        r.ends.push(i);
        if (i - open[k]! > r.longest) r.longest = i - open[k]!;
      }
    }
    prev = b;
  }
  return new Map(kinds.map((c, k) => [c, runs[k]!]));
}

/**
 * Calls `onMatch` for exactly the matches a global `re.exec` loop over the whole of `text` would give (until it
 * returns true), but runs the regex only on short slices around runs of the shape's class at least `shape.run`
 * long. A match at p is decided by the characters from p - margin to p + maxLength + margin, so a slice holding
 * those sees the same match; a start position outside every run's reach cannot begin a match, so skipping it
 * skips nothing.
 */
export function execNearRuns(
  re: RegExp,
  shape: PatternShape,
  text: string,
  runs: Runs,
  onMatch: (m: RegExpExecArray, index: number) => boolean | undefined,
): void {
  const { run: k, maxLength: max, margin } = shape;
  if (runs.longest < k) return;
  const { starts, ends } = runsAtLeast(runs, k);
  const n = text.length;
  let pos = 0; // the loop's lastIndex in `text`
  let r = 0;
  while (r < starts.length) {
    // Possible match starts for this run, merged with those of the following qualifying runs that touch.
    let a = Math.max(0, starts[r]! + k - max);
    let b = ends[r]! - k;
    r++;
    while (r < starts.length) {
      const a2 = starts[r]! + k - max;
      if (a2 > b + MERGE_GAP) break;
      b = ends[r]! - k;
      r++;
    }
    a = Math.max(a, pos);
    if (a > b) continue;
    const s0 = Math.max(0, a - margin);
    const s1 = Math.min(n, b + max + margin + 1);
    const slice = s0 === 0 && s1 === n ? text : text.slice(s0, s1);
    re.lastIndex = a - s0;
    for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
      const index = m.index + s0;
      if (index > b) break;
      if (m[0].length === 0) {
        re.lastIndex++;
        pos = re.lastIndex + s0;
        continue;
      }
      pos = index + m[0].length;
      if (onMatch(m, index) === true) return;
      if (re.lastIndex + s0 > b) break;
    }
  }
}
