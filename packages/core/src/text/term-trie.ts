/**
 * A read-only trie over UTF-16 code units for lexicons and gazetteers of many thousand terms. The root's
 * children sit in a table indexed by code unit and every other node's children in one sorted run of two
 * typed arrays (compressed sparse rows): a step is a table read or a search of a few slots, and a scan
 * allocates nothing until it finds a term.
 *
 * Before any walk, a position is tested against a bit set of hashed first-two-code-unit pairs (32 KB). Half
 * the characters of Chinese prose start some term of a 4k-term lexicon, so a test on the first character
 * alone is a coin toss the CPU mispredicts at every position; a pair starts a term at a few percent of them.
 */
export interface TermTrie<T> {
  readonly size: number;
  /** The longest term starting at `start`, with its value, or undefined. */
  longestAt(text: string, start: number): { end: number; value: T } | undefined;
  /** Leftmost-longest, non-overlapping matches over the whole text. */
  scan(text: string): Array<{ start: number; end: number; value: T }>;
  /**
   * The first position in [from, limit) where a term may start, or `limit` (default: the text's length): no
   * term starts before it (a position it returns may still start none). Lets a caller that tries every
   * position skip to the few worth a `longestAt`.
   */
  nextStart(text: string, from: number, limit?: number): number;
}

const PAIR_BITS = 18;
const PAIR_MASK = (1 << PAIR_BITS) - 1;
const pairHash = (a: number, b: number): number => ((a * 40503) ^ b) & PAIR_MASK;

// Above this many children a node is searched by bisection; below, slot by slot (cheaper for the few
// children most nodes have).
const LINEAR_MAX = 8;

/** Builds a trie; where a term is added twice, the later value wins. */
export function buildTermTrie<T>(entries: Iterable<readonly [string, T]>): TermTrie<T> {
  // Built with one Map of edges keyed by `parent * 65536 + code unit`, then laid out in typed arrays.
  const edges = new Map<number, number>();
  const values: Array<T | undefined> = [undefined];
  // Each node's parent and code unit, by node id (the root's are unused): the layout below reads these
  // instead of iterating the Map's entries, which allocates a pair per edge.
  const parentOf: number[] = [0];
  const codeOf: number[] = [0];
  // Hashed pairs that start a term of two or more code units (a collision only costs a walk that fails),
  // and code units that are a term alone.
  const pairs = new Int32Array(1 << (PAIR_BITS - 5));
  const single = new Uint8Array(65536);
  let nodes = 1;
  let size = 0;
  for (const [term, value] of entries) {
    if (term.length === 0) continue;
    if (term.length === 1) single[term.charCodeAt(0)] = 1;
    else {
      const h = pairHash(term.charCodeAt(0), term.charCodeAt(1));
      pairs[h >>> 5]! |= 1 << (h & 31);
    }
    let node = 0;
    for (let i = 0; i < term.length; i++) {
      const key = node * 65536 + term.charCodeAt(i);
      let next = edges.get(key);
      if (next === undefined) {
        next = nodes++;
        edges.set(key, next);
        values.push(undefined);
        parentOf.push(node);
        codeOf.push(term.charCodeAt(i));
      }
      node = next;
    }
    if (values[node] === undefined) size++;
    values[node] = value;
  }

  // The root's child for each code unit (0: none; the root itself is never a child).
  const rootChild = new Int32Array(65536);
  // Children of node n: codes and nodes at [start[n], start[n + 1]), ordered by code.
  const start = new Int32Array(nodes + 1);
  const terminal = new Uint8Array(nodes);
  for (let n = 0; n < nodes; n++) if (values[n] !== undefined) terminal[n] = 1;
  // Counting sort by parent (one pass to count, one to place), then each parent's run by code: a comparison
  // sort of all edges cost a lexicon of 70k names more than building the edges.
  for (let n = 1; n < nodes; n++) {
    if (parentOf[n] === 0) rootChild[codeOf[n]!] = n;
    else start[parentOf[n]! + 1]!++;
  }
  for (let n = 0; n < nodes; n++) start[n + 1]! += start[n]!;
  const childCode = new Uint16Array(start[nodes]!);
  const childNode = new Int32Array(start[nodes]!);
  const fill = start.slice(0, nodes);
  for (let n = 1; n < nodes; n++) {
    const parent = parentOf[n]!;
    if (parent === 0) continue;
    const j = fill[parent]!++;
    childCode[j] = codeOf[n]!;
    childNode[j] = n;
  }
  for (let n = 1; n < nodes; n++) {
    // Insertion sort of one run: runs are short, and most are already in order.
    for (let j = start[n]! + 1; j < start[n + 1]!; j++) {
      const code = childCode[j]!;
      const node = childNode[j]!;
      let k = j - 1;
      for (; k >= start[n]! && childCode[k]! > code; k--) {
        childCode[k + 1] = childCode[k]!;
        childNode[k + 1] = childNode[k]!;
      }
      childCode[k + 1] = code;
      childNode[k + 1] = node;
    }
  }

  /** The child of a non-root node for a code unit, or 0. */
  function child(node: number, code: number): number {
    let lo = start[node]!;
    let hi = start[node + 1]!;
    while (hi - lo > LINEAR_MAX) {
      const mid = (lo + hi) >>> 1;
      if (childCode[mid]! < code) lo = mid + 1;
      else hi = mid + 1; // mid may be the child itself
    }
    for (; lo < hi; lo++) {
      const c = childCode[lo]!;
      if (c === code) return childNode[lo]!;
      if (c > code) return 0;
    }
    return 0;
  }

  /** Whether some term may start at `at`, whose code unit is `c0`, followed by `c1` (-1 at the end). */
  function mayStart(c0: number, c1: number): boolean {
    if (single[c0] === 1) return true;
    if (c1 < 0) return false;
    const h = pairHash(c0, c1);
    return ((pairs[h >>> 5]! >>> (h & 31)) & 1) === 1;
  }

  // The node of the last term `longestFrom` found (its value is read only on a match).
  let lastNode = 0;
  /** The end of the longest term starting at `from`, or -1; sets `lastNode`. */
  function longestFrom(text: string, from: number): number {
    let node = rootChild[text.charCodeAt(from)]!;
    if (node === 0) return -1;
    let bestEnd = terminal[node] === 1 ? from + 1 : -1;
    let bestNode = node;
    for (let i = from + 1; i < text.length; i++) {
      node = child(node, text.charCodeAt(i));
      if (node === 0) break;
      if (terminal[node] === 1) {
        bestEnd = i + 1;
        bestNode = node;
      }
    }
    lastNode = bestNode;
    return bestEnd;
  }

  function longestAt(text: string, at: number): { end: number; value: T } | undefined {
    if (at < 0 || at >= text.length) return undefined;
    if (!mayStart(text.charCodeAt(at), at + 1 < text.length ? text.charCodeAt(at + 1) : -1)) return undefined;
    const end = longestFrom(text, at);
    return end === -1 ? undefined : { end, value: values[lastNode] as T };
  }

  function scan(text: string): Array<{ start: number; end: number; value: T }> {
    const out: Array<{ start: number; end: number; value: T }> = [];
    const n = text.length;
    let c1 = n > 0 ? text.charCodeAt(0) : -1;
    for (let i = 0; i < n; i++) {
      const c0 = c1;
      c1 = i + 1 < n ? text.charCodeAt(i + 1) : -1;
      if (!mayStart(c0, c1)) continue;
      const end = longestFrom(text, i);
      if (end === -1) continue;
      out.push({ start: i, end, value: values[lastNode] as T });
      // Matches do not overlap: go on after this one (the loop's increment lands on `end`).
      i = end - 1;
      c1 = end < n ? text.charCodeAt(end) : -1;
    }
    return out;
  }

  function nextStart(text: string, from: number, limit = text.length): number {
    const n = text.length;
    const end = Math.min(limit, n);
    if (from < 0) from = 0;
    if (from >= end) return Math.max(end, 0);
    let c1 = text.charCodeAt(from);
    for (let i = from; i < end; i++) {
      const c0 = c1;
      c1 = i + 1 < n ? text.charCodeAt(i + 1) : -1;
      if (mayStart(c0, c1)) return i;
    }
    return end;
  }

  return Object.freeze({ size, longestAt, scan, nextStart });
}
