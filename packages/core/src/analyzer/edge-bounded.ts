import { CLASS_BIT, CLASS_TABLE, type CharClass } from './char-classes.js';

/** The end of the group opened at `open` (the index after its `)`), skipping escapes and bracket classes. */
export function groupEnd(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      i++;
    } else if (c === '[') {
      for (i++; i < src.length && src[i] !== ']'; i++) if (src[i] === '\\') i++;
    } else if (c === '(') {
      depth++;
    } else if (c === ')') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/** The top-level alternatives of a group body. */
export function alternatives(body: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < body.length && body[i] !== ']'; i++) if (body[i] === '\\') i++;
    } else if (c === '(') {
      const e = groupEnd(body, i);
      if (e < 0) return [];
      i = e - 1;
    } else if (c === '|') {
      out.push(body.slice(from, i));
      from = i + 1;
    }
  }
  out.push(body.slice(from));
  return out;
}

const MEMBERS = new Map<CharClass, string[]>();

/** Every code unit of the class (they are all below 65536 and few: ASCII and the mask glyphs), listed once per class. */
export function members(cls: CharClass): string[] {
  let out = MEMBERS.get(cls);
  if (out) return out;
  out = [];
  const bit = CLASS_BIT[cls];
  for (let c = 0; c < 65536; c++) if ((CLASS_TABLE[c]! & bit) !== 0) out.push(String.fromCharCode(c));
  MEMBERS.set(cls, out);
  return out;
}

/**
 * Whether a negative lookaround body excludes every character of the class next to the match: one of its
 * alternatives is a single character atom (`[...]`, `\d`, a literal) that matches each of them, tested with the
 * regex engine itself under the pattern's flags.
 */
export function excludesClass(body: string, flags: string, chars: readonly string[]): boolean {
  for (const alt of alternatives(body)) {
    if (!/^(?:\[(?:[^\]\\]|\\.)*\]|\\d)$/.test(alt)) continue;
    const one = new RegExp(`^${alt}$`, flags.replace(/[gyd]/g, ''));
    if (chars.every((ch) => one.test(ch))) return true;
  }
  return false;
}

/**
 * The index after a source's leading lookbehinds, and whether one of them is a negative lookbehind that rules out
 * every class character before the match; undefined when a group does not close.
 */
export function leadingLookbehinds(src: string, flags: string, chars: readonly string[]): { end: number; fenced: boolean } | undefined {
  let fenced = false;
  let i = 0;
  while (src.startsWith('(?<!', i) || src.startsWith('(?<=', i)) {
    const e = groupEnd(src, i);
    if (e < 0) return undefined;
    if (src.startsWith('(?<!', i) && excludesClass(src.slice(i + 4, e - 1), flags, chars)) fenced = true;
    i = e;
  }
  return { end: i, fenced };
}

/**
 * Whether no character of the class can touch a match of `re` from outside: a negative lookbehind at the very
 * start and a negative lookahead at the very end of the pattern each rule out every class character. Then a
 * maximal run of the class that meets a match lies inside it, so no run longer than the longest match can
 * hold the run a match needs. A source this reader does not follow (top-level alternation, anything after the
 * last lookahead) answers false, which is always safe.
 */
export function edgeBounded(re: RegExp, cls: CharClass): boolean {
  // Analyzers are built often (per worker, per configuration) from the same frozen patterns: read each once.
  const key = `${cls}/${re.flags}/${re.source}`;
  let known = BOUNDED.get(key);
  if (known === undefined) {
    known = readBounded(re, cls);
    BOUNDED.set(key, known);
  }
  return known;
}

const BOUNDED = new Map<string, boolean>();

function readBounded(re: RegExp, cls: CharClass): boolean {
  const src = re.source;
  if (alternatives(src).length !== 1) return false;
  const chars = members(cls);
  const lead = leadingLookbehinds(src, re.flags, chars);
  if (!lead?.fenced) return false;
  const i = lead.end;
  // Trailing lookarounds: walk the top-level groups and keep the ones after the last consuming item.
  const tops: Array<[number, number]> = [];
  for (let j = i; j < src.length; j++) {
    const c = src[j];
    if (c === '\\') j++;
    else if (c === '[') {
      for (j++; j < src.length && src[j] !== ']'; j++) if (src[j] === '\\') j++;
    } else if (c === '(') {
      const e = groupEnd(src, j);
      if (e < 0) return false;
      tops.push([j, e]);
      j = e - 1;
    }
  }
  let end = src.length;
  for (let t = tops.length - 1; t >= 0; t--) {
    const [s, e] = tops[t]!;
    if (e !== end) break;
    const ahead = src.startsWith('(?!', s);
    if (!ahead && !src.startsWith('(?=', s)) break;
    if (ahead && excludesClass(src.slice(s + 3, e - 1), re.flags, chars)) return true;
    end = s;
  }
  return false;
}
