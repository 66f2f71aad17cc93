import { type CompiledContext, type ContextHits, findContext, mayHaveContext } from './context.js';
import type { LowerText } from './lower-text.js';

const pairHash = (a: number, b: number): number => (a * 31 + b) & 0xffff;

/** Where the words of one list occur in a text: parallel arrays ordered by start. */
interface Occurrences {
  starts: number[];
  ends: number[];
  words: number[];
}

/** Where the positive and the negative words of one context occur in a text. */
interface ContextOccurrences {
  positive: Occurrences;
  negative: Occurrences;
}

/** A context none of whose words occur (shared: nothing writes to it). */
const NO_OCCURRENCES: ContextOccurrences = {
  positive: { starts: [], ends: [], words: [] },
  negative: { starts: [], ends: [], words: [] },
};

/** One context's lists as word ids, aligned with `words` and `negative`. */
interface ContextIds {
  context: CompiledContext;
  positive: number[];
  negative: number[];
}

/** The context words of one text, found once; queries answer what `findContext` and `mayHaveContext` would. */
export interface TextContextWords {
  mayHave(key: number, start: number, end: number, extra: string): boolean;
  find(key: number, start: number, end: number, extra: string): ContextHits;
  /** Whether `find` would list a positive word, answered without building its lists. */
  hasPositive(key: number, start: number, end: number, extra: string): boolean;
}

/**
 * Every context word of an analyzer's recognisers, found in a text in one pass instead of one regex scan per
 * recogniser and window (before) and three per candidate (around). `key` is what `add` returned for a context.
 */
export interface ContextWordIndex {
  add(context: CompiledContext): number;
  forText(lower: LowerText): TextContextWords;
}

/** Every (position, word id) where a word starts in the text, flattened, by position. */
function wordStarts(
  text: string,
  first: Uint8Array,
  pairSlot: Int32Array,
  buckets: ReadonlyArray<readonly number[]>,
  single: ReadonlyMap<number, number[]>,
  words: readonly string[],
  heads: Int32Array,
): number[] {
  const out: number[] = [];
  const n = text.length;
  let c1 = n > 0 ? text.charCodeAt(0) : 0;
  for (let p = 0; p < n; p++) {
    const c0 = c1;
    c1 = p + 1 < n ? text.charCodeAt(p + 1) : -1;
    const f = first[c0]!;
    // Most positions start no word: one table read passes them.
    if (f === 0) continue;
    if (f === 2) {
      for (const w of single.get(c0)!) out.push(p, w);
    }
    if (c1 < 0) continue;
    const slot = pairSlot[pairHash(c0, c1)]!;
    if (slot === 0) continue;
    const two = buckets[slot - 1]!;
    // Most pairs that pass the hash start no word: the first three code units, compared inline, turn nearly all
    // of them away before a `startsWith` call (a word of up to three code units needs none).
    const c2 = p + 2 < n ? text.charCodeAt(p + 2) : -1;
    for (let j = 0; j < two.length; j++) {
      const w = two[j]!;
      const h = w * 4;
      if (heads[h] !== c0 || heads[h + 1] !== c1) continue;
      const len = heads[h + 3]!;
      if (len > 2 && heads[h + 2] !== c2) continue;
      if (len <= 3 || text.startsWith(words[w]!, p)) out.push(p, w);
    }
  }
  return out;
}

/** First index in the ordered `xs` whose value is at least `x`. */
function lowerBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether an occurrence of the list lies wholly inside [a, b). */
function anyInside(o: Occurrences, a: number, b: number): boolean {
  for (let i = lowerBound(o.starts, a); i < o.starts.length && o.starts[i]! < b; i++) {
    if (o.ends[i]! <= b) return true;
  }
  return false;
}

/** The ids of the list with an occurrence wholly inside [a1, b1) or [a2, b2) (the two sides of a span). */
function idsInside(o: Occurrences, a1: number, b1: number, a2: number, b2: number): number[] {
  const out: number[] = [];
  for (let i = lowerBound(o.starts, a1); i < o.starts.length && o.starts[i]! < b2; i++) {
    const s = o.starts[i]!;
    const e = o.ends[i]!;
    if ((e <= b1 || (s >= a2 && e <= b2)) && !out.includes(o.words[i]!)) out.push(o.words[i]!);
  }
  return out;
}

/** Whether `idsInside` would list any id. */
function anyAround(o: Occurrences, a1: number, b1: number, a2: number, b2: number): boolean {
  for (let i = lowerBound(o.starts, a1); i < o.starts.length && o.starts[i]! < b2; i++) {
    const e = o.ends[i]!;
    if (e <= b1 || (o.starts[i]! >= a2 && e <= b2)) return true;
  }
  return false;
}

/** The words of a list present around a span, in declaration order (duplicates kept), as `findContext` lists them. */
function listed(words: readonly string[], ids: readonly number[], present: readonly number[], extra: string): string[] {
  if (present.length === 0 && extra === '') return [];
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (present.includes(ids[i]!) || (extra !== '' && extra.includes(words[i]!))) out.push(words[i]!);
  }
  return out;
}

// Distinct extra contexts remembered (a table has a few dozen columns at most; more start the memo over).
const EXTRA_MEMO = 256;

export function contextWordIndex(): ContextWordIndex {
  const words: string[] = [];
  const idOf = new Map<string, number>();
  const contexts: ContextIds[] = [];
  // A context with an empty word (it matches everywhere) is answered by the plain functions.
  const plain = new Set<number>();
  // Word ids by a hash of their first two code units (`byPair`; a collision only costs a `startsWith`) or,
  // for one-character words, by that code unit (`single`); and for each word the (context, negative?) lists
  // it belongs to. `first` marks the code units a word starts with (2: some word is that one character),
  // so that the scan passes over most positions with one or two table reads.
  let byPair: number[][] | undefined;
  let single: Map<number, number[]> | undefined;
  const first = new Uint8Array(65536);
  // 1 + the index in `byPair` of the bucket of each pair hash, 0 for none.
  const pairSlot = new Int32Array(65536);
  let owners: Array<Array<[number, boolean]>> | undefined;
  // Per word id: its first three code units (-2 where it is shorter) and its length.
  let heads = new Int32Array(0);

  const id = (w: string): number => {
    let i = idOf.get(w);
    if (i === undefined) {
      i = words.length;
      words.push(w);
      idOf.set(w, i);
    }
    return i;
  };

  // Per extra context (a column name: a table's cells repeat a few), whether each context's words occur in it: the
  // required-context recognisers asked it once per cell each, a regex test of the same name every time.
  const extraMemo = new Map<string, Uint8Array>();
  function extraHits(extra: string): Uint8Array {
    let hits = extraMemo.get(extra);
    if (hits === undefined) {
      if (extraMemo.size >= EXTRA_MEMO) extraMemo.clear();
      hits = new Uint8Array(contexts.length);
      for (let k = 0; k < contexts.length; k++) hits[k] = contexts[k]!.context.anyWord?.test(extra) ? 1 : 0;
      extraMemo.set(extra, hits);
    }
    return hits;
  }

  function build(): void {
    byPair = [];
    single = new Map();
    pairSlot.fill(0);
    owners = words.map(() => []);
    first.fill(0);
    heads = new Int32Array(words.length * 4);
    for (let w = 0; w < words.length; w++) {
      for (let i = 0; i < 3; i++) heads[w * 4 + i] = i < words[w]!.length ? words[w]!.charCodeAt(i) : -2;
      heads[w * 4 + 3] = words[w]!.length;
      const word = words[w]!;
      if (word === '') continue;
      const c0 = word.charCodeAt(0);
      if (word.length === 1) {
        first[c0] = 2;
        single.set(c0, [...(single.get(c0) ?? []), w]);
      } else {
        first[c0] ||= 1;
        const h = pairHash(c0, word.charCodeAt(1));
        if (pairSlot[h] === 0) pairSlot[h] = byPair.push([]);
        byPair[pairSlot[h]! - 1]!.push(w);
      }
    }
    contexts.forEach((c, k) => {
      if (plain.has(k)) return;
      for (const w of new Set(c.positive)) owners![w]!.push([k, false]);
      for (const w of new Set(c.negative)) owners![w]!.push([k, true]);
    });
  }

  return {
    add(context) {
      const k = contexts.length;
      if ([...context.words, ...context.negative].some((w) => w === '')) plain.add(k);
      contexts.push({ context, positive: context.words.map(id), negative: context.negative.map(id) });
      byPair = undefined;
      extraMemo.clear();
      return k;
    },

    forText(lower) {
      // Per context, its occurrences, made on the first hit: most contexts have none in a short text (a cell),
      // and allocating six arrays for each of them per text cost a cell as much as a page.
      let found: Array<ContextOccurrences | undefined> | undefined;
      let length = 0;
      let lastExtra: string | undefined;
      let lastHits: Uint8Array | undefined;
      // Whether context k's words occur in `extra` (its alternation, which matches where one of its words does).
      const inExtra = (k: number, extra: string): boolean => {
        if (extra === '') return false;
        if (extra !== lastExtra) {
          lastExtra = extra;
          lastHits = extraHits(extra);
        }
        return lastHits![k] === 1;
      };
      // Every position where some word starts, with each word that starts there (overlaps included).
      const scan = (text: string): void => {
        if (!byPair) build();
        length = text.length;
        const byContext: Array<ContextOccurrences | undefined> = new Array(contexts.length);
        found = byContext;
        const hits = wordStarts(text, first, pairSlot, byPair!, single!, words, heads);
        for (let i = 0; i < hits.length; i += 2) {
          const p = hits[i]!;
          const w = hits[i + 1]!;
          const end = p + words[w]!.length;
          for (const [k, negative] of owners![w]!) {
            const both = (byContext[k] ??= {
              positive: { starts: [], ends: [], words: [] },
              negative: { starts: [], ends: [], words: [] },
            });
            const o = negative ? both.negative : both.positive;
            o.starts.push(p);
            o.ends.push(end);
            o.words.push(w);
          }
        }
      };
      const ready = (k: number): boolean => {
        if (plain.has(k)) return false;
        if (found) return true;
        const text = lower.whole();
        if (text === undefined) return false;
        scan(text);
        return true;
      };
      return {
        mayHave(k, start, end, extra) {
          const c = contexts[k]!;
          if (!ready(k)) return mayHaveContext(lower, start, end, c.context, extra);
          if (!c.context.anyWord) return false;
          const a = Math.max(0, start - c.context.before);
          const b = Math.min(length, end + c.context.after);
          return anyInside((found![k] ?? NO_OCCURRENCES).positive, a, b) || inExtra(k, extra);
        },
        find(k, start, end, extra) {
          const c = contexts[k]!;
          if (!ready(k)) return findContext(lower, start, end, c.context, extra);
          const a1 = Math.max(0, start - c.context.before);
          const b2 = Math.min(length, end + c.context.after);
          const f = found![k] ?? NO_OCCURRENCES;
          return {
            positive: listed(c.context.words, c.positive, idsInside(f.positive, a1, start, end, b2), extra),
            negative: listed(c.context.negative, c.negative, idsInside(f.negative, a1, start, end, b2), extra),
          };
        },
        hasPositive(k, start, end, extra) {
          const c = contexts[k]!;
          if (!ready(k)) return findContext(lower, start, end, c.context, extra).positive.length > 0;
          const a1 = Math.max(0, start - c.context.before);
          const b2 = Math.min(length, end + c.context.after);
          const f = found![k];
          if (f && anyAround(f.positive, a1, start, end, b2)) return true;
          return inExtra(k, extra);
        },
      };
    },
  };
}
