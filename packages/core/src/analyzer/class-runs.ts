import { CLASS_BIT, CLASS_TABLE, type CharClass } from './char-classes.js';
import type { PatternShape } from './pattern-shape.js';

// Start ranges closer than this are searched as one: a gap holds no match start, and one exec over it costs
// less than another slice and call.
const MERGE_GAP = 24;

/** Maximal runs of one character class in a text, as parallel start and end arrays. */
export interface Runs {
  starts: number[];
  ends: number[];
  /** The longest run's length. */
  longest: number;
  /** Runs of a band of lengths, kept once asked for: patterns needing the same band share them. */
  atLeast?: Map<number, { starts: number[]; ends: number[] }>;
}

function runsWithin(runs: Runs, k: number, most: number): { starts: number[]; ends: number[] } {
  runs.atLeast ??= new Map();
  const key = most === Number.POSITIVE_INFINITY ? k : k + (most + 1) * 100_000;
  let out = runs.atLeast.get(key);
  if (out) return out;
  out = { starts: [], ends: [] };
  for (let i = 0; i < runs.starts.length; i++) {
    const len = runs.ends[i]! - runs.starts[i]!;
    if (len >= k && len <= most) {
      out.starts.push(runs.starts[i]!);
      out.ends.push(runs.ends[i]!);
    }
  }
  runs.atLeast.set(key, out);
  return out;
}

/**
 * Runs of each class of `minRun` at least that class's length long (the shortest any indexed pattern needs),
 * found in one pass over the text. Shorter runs are not kept: the separator classes hold a space, so prose
 * opens and closes a run at every word.
 */
export function classRuns(text: string, minRun: ReadonlyMap<CharClass, number>): Map<CharClass, Runs> {
  // Indexed by bit position (CLASS_BIT is 1 << position), so that a change of state visits only the bits
  // that changed: the hex class alone flips at nearly every letter of English prose.
  const open = new Int32Array(8);
  const mins = new Int32Array(8);
  const runs: Runs[] = [];
  let classes = 0;
  for (const [cls, min] of minRun) {
    const bit = CLASS_BIT[cls];
    const pos = 31 - Math.clz32(bit);
    classes |= bit;
    mins[pos] = min;
    runs[pos] = { starts: [], ends: [], longest: 0 };
  }
  const n = text.length;
  const table = CLASS_TABLE;
  let prev = 0;
  for (let i = 0; i <= n; i++) {
    const b = i < n ? table[text.charCodeAt(i)]! & classes : 0;
    if (b === prev) continue;
    // Runs that end here are closed, then runs that start here opened.
    let ended = prev & ~b;
    while (ended !== 0) {
      const pos = 31 - Math.clz32(ended);
      ended ^= 1 << pos;
      const len = i - open[pos]!;
      if (len >= mins[pos]!) {
        const r = runs[pos]!;
        r.starts.push(open[pos]!);
        r.ends.push(i);
        if (len > r.longest) r.longest = len;
      }
    }
    let started = b & ~prev;
    while (started !== 0) {
      const pos = 31 - Math.clz32(started);
      started ^= 1 << pos;
      open[pos] = i;
    }
    prev = b;
  }
  const out = new Map<CharClass, Runs>();
  for (const cls of minRun.keys()) out.set(cls, runs[31 - Math.clz32(CLASS_BIT[cls])]!);
  return out;
}

/**
 * Calls `onMatch` for exactly the matches a global `re.exec` loop over the whole of `text` would give (until it
 * returns true), but runs the regex only on short slices around runs of the shape's class at least `shape.run`
 * long. A match at p is decided by the characters from p - margin to p + maxLength + margin, so a slice holding
 * those sees the same match; a start position outside every run's reach cannot begin a match, so skipping it
 * skips nothing. `maxRun` (for a pattern whose matches no class character can touch from outside, see
 * `edgeBounded`) also skips runs longer than that: the run a match needs would lie inside the match.
 */
export function execNearRuns(
  re: RegExp,
  shape: PatternShape,
  text: string,
  runs: Runs,
  onMatch: (m: RegExpExecArray, index: number) => boolean | undefined,
  maxRun = Number.POSITIVE_INFINITY,
): void {
  const { run: k, maxLength: max, margin } = shape;
  if (runs.longest < k) return;
  // A match starts at most `max - k` before a run of k (its run may start anywhere in it). With k = 1 every
  // class character is in some collected run, and a match's first one lies at most `lead` after its start.
  const back = k === 1 ? Math.min(shape.lead, max - 1) : max - k;
  const { starts, ends } = runsWithin(runs, k, maxRun);
  const n = text.length;
  let pos = 0; // the loop's lastIndex in `text`
  let r = 0;
  while (r < starts.length) {
    // Possible match starts for this run, merged with those of the following qualifying runs that touch.
    let a = Math.max(0, starts[r]! - back);
    let b = ends[r]! - k;
    r++;
    while (r < starts.length) {
      const a2 = starts[r]! - back;
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

/**
 * Calls `onMatch` for exactly the matches a global `re.exec` loop over `text` would give (until it returns true),
 * for a pattern whose matches can only start `lead` code units before a run of at least `pre` class characters
 * (see `runStart`) and hold no run longer than `maxRun`: `sticky` (the pattern with the y flag) is tested at those
 * starts only, in order, each start inside an earlier match skipped as the global loop would. No slice, no scan.
 */
export function execAtRunStarts(
  sticky: RegExp,
  lead: number,
  pre: number,
  text: string,
  runs: Runs,
  onMatch: (m: RegExpExecArray, index: number) => boolean | undefined,
  maxRun = Number.POSITIVE_INFINITY,
): void {
  if (runs.longest < pre) return;
  const { starts } = runsWithin(runs, pre, maxRun);
  let pos = 0;
  for (let r = 0; r < starts.length; r++) {
    const s = starts[r]! - lead;
    if (s < pos) continue;
    sticky.lastIndex = s;
    const m = sticky.exec(text);
    if (m === null || m[0].length === 0) continue;
    pos = s + m[0].length;
    if (onMatch(m, s) === true) return;
  }
}
