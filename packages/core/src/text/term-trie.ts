/**
 * A read-only trie over UTF-16 code units for lexicons and gazetteers of many thousand terms. Edges live in
 * one Map keyed by `node * 65536 + code unit`, which keeps a 150k-node trie to a few MB and a step to one
 * hash lookup; a scan of a text tries each start position and stops at the first missing edge.
 */
export interface TermTrie<T> {
  readonly size: number;
  /** The longest term starting at `start`, with its value, or undefined. */
  longestAt(text: string, start: number): { end: number; value: T } | undefined;
  /** Leftmost-longest, non-overlapping matches over the whole text. */
  scan(text: string): Array<{ start: number; end: number; value: T }>;
}

const PAIR_SLOTS = 1 << 20;
const pairSlot = (a: number, b: number): number => ((a * 40503) ^ b) & (PAIR_SLOTS - 1);

/** Builds a trie; where a term is added twice, the later value wins. */
export function buildTermTrie<T>(entries: Iterable<readonly [string, T]>): TermTrie<T> {
  const edges = new Map<number, number>();
  const values: Array<T | undefined> = [undefined];
  // Code units that start some term, and hashed pairs of the first two: most positions of a text fail one
  // or two array reads, never reaching the hash lookups of the walk.
  const first = new Uint8Array(65536);
  const single = new Uint8Array(65536);
  const pairs = new Uint8Array(PAIR_SLOTS);
  let nodes = 1;
  let size = 0;
  for (const [term, value] of entries) {
    if (term.length === 0) continue;
    first[term.charCodeAt(0)] = 1;
    if (term.length === 1) single[term.charCodeAt(0)] = 1;
    else pairs[pairSlot(term.charCodeAt(0), term.charCodeAt(1))] = 1;
    let node = 0;
    for (let i = 0; i < term.length; i++) {
      const key = node * 65536 + term.charCodeAt(i);
      let next = edges.get(key);
      if (next === undefined) {
        next = nodes++;
        edges.set(key, next);
        values.push(undefined);
      }
      node = next;
    }
    if (values[node] === undefined) size++;
    values[node] = value;
  }

  function longestAt(text: string, start: number): { end: number; value: T } | undefined {
    const c0 = text.charCodeAt(start);
    if (first[c0] !== 1) return undefined;
    if (single[c0] !== 1 && (start + 1 >= text.length || pairs[pairSlot(c0, text.charCodeAt(start + 1))] !== 1)) return undefined;
    let node = 0;
    let bestEnd = -1;
    let bestNode = 0;
    for (let i = start; i < text.length; i++) {
      const next = edges.get(node * 65536 + text.charCodeAt(i));
      if (next === undefined) break;
      node = next;
      if (values[node] !== undefined) {
        bestEnd = i + 1;
        bestNode = node;
      }
    }
    return bestEnd === -1 ? undefined : { end: bestEnd, value: values[bestNode] as T };
  }

  function scan(text: string): Array<{ start: number; end: number; value: T }> {
    const out: Array<{ start: number; end: number; value: T }> = [];
    for (let i = 0; i < text.length; ) {
      if (first[text.charCodeAt(i)] !== 1) {
        i++;
        continue;
      }
      const m = longestAt(text, i);
      if (m) {
        out.push({ start: i, end: m.end, value: m.value });
        i = m.end;
      } else i++;
    }
    return out;
  }

  return Object.freeze({ size, longestAt, scan });
}
