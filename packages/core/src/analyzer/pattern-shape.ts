import { type CharClass, inClass } from './char-classes.js';

/**
 * What every match of a pattern is known to contain, derived from its source: the longest run of characters
 * of one class it must contain (`run` characters of `cls`), the most code units it can consume (`maxLength`)
 * and how far its assertions (lookarounds, `^ $ \b`) can read outside the match (`margin`). The analyzer
 * uses the shape to run a pattern only near runs that long. Every figure errs on the safe side (a shorter
 * run, a longer match, a wider margin); a construct the reader does not know makes the pattern unindexable.
 */
export interface PatternShape {
  cls: CharClass;
  run: number;
  maxLength: number;
  margin: number;
  /** The most code units a match can hold before its first character of the class (when `run` ≥ 1). */
  lead: number;
  /** The run of the class every match starts with (0 when a match may start with another character). */
  pre: number;
}

interface Node {
  min: number;
  max: number;
  /** Every character the node consumes is in the class (true for zero-width nodes). */
  allDigit: boolean;
  /** Guaranteed run of the class inside, at the start and at the end of what the node matches. */
  run: number;
  pre: number;
  suf: number;
  /** Where `run` ≥ 1: the most code units before the first class character of what the node matches. */
  lead: number;
}

class Unsupported extends Error {}

const NONE = Number.POSITIVE_INFINITY;
const ZERO: Node = { min: 0, max: 0, allDigit: true, run: 0, pre: 0, suf: 0, lead: NONE };

function char(allDigit: boolean, width: number): Node {
  const d = allDigit ? 1 : 0;
  return { min: 1, max: width, allDigit, run: d, pre: d, suf: d, lead: allDigit ? 0 : NONE };
}

function sequence(items: Node[]): Node {
  let min = 0;
  let max = 0;
  let run = 0;
  let cur = 0;
  let pre = 0;
  let preOpen = true;
  // The first item that must hold a class character bounds where the first one is: after at most the
  // longest matches of the items before it (which may hold one earlier, never later).
  let before = 0;
  let lead = NONE;
  for (const it of items) {
    if (lead === NONE) {
      if (it.run >= 1) lead = before + it.lead;
      else before += it.max;
    }
    min += it.min;
    max += it.max;
    if (it.allDigit) {
      cur += it.min;
      if (preOpen) pre += it.min;
    } else {
      run = Math.max(run, cur + it.pre);
      if (preOpen) pre += it.pre;
      preOpen = false;
      cur = it.suf;
    }
    run = Math.max(run, it.run, cur);
  }
  const allDigit = items.every((i) => i.allDigit);
  return { min, max, allDigit, run, pre: allDigit ? min : pre, suf: allDigit ? min : cur, lead: run >= 1 ? lead : NONE };
}

function alternation(alts: Node[]): Node {
  return {
    min: Math.min(...alts.map((a) => a.min)),
    max: Math.max(...alts.map((a) => a.max)),
    allDigit: alts.every((a) => a.allDigit),
    run: Math.min(...alts.map((a) => a.run)),
    pre: Math.min(...alts.map((a) => a.pre)),
    suf: Math.min(...alts.map((a) => a.suf)),
    lead: Math.max(...alts.map((a) => a.lead)),
  };
}

function repeat(a: Node, lo: number, hi: number): Node {
  const min = a.min * lo;
  const max = hi === 0 || a.max === 0 ? 0 : a.max * hi;
  if (lo === 0) return { min, max, allDigit: a.allDigit, run: 0, pre: 0, suf: 0, lead: NONE };
  if (a.allDigit) return { min, max, allDigit: true, run: min, pre: min, suf: min, lead: a.lead };
  return { min, max, allDigit: false, run: a.run, pre: a.pre, suf: a.suf, lead: a.lead };
}

/** Reads a regex source; tracks lookaround reach and capture-group widths for back-references. */
class Reader {
  private i = 0;
  reach = 0;
  private readonly groups: number[] = [];
  /** Per capture group: every character it consumes is in the class (then so is every character its back-reference repeats). */
  private readonly groupInClass: boolean[] = [];
  private groupCount = 0;
  private readonly src: string;
  private readonly width: number;
  /** Whether every code unit from lo to hi, and whatever the flags let match it, is in the class. */
  private readonly member: (lo: number, hi: number) => boolean;
  constructor(src: string, width: number, member: (lo: number, hi: number) => boolean) {
    this.src = src;
    this.width = width;
    this.member = member;
  }

  parse(): Node {
    const n = this.alternation();
    if (this.i !== this.src.length) throw new Unsupported();
    return n;
  }

  private alternation(): Node {
    const alts = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return alts.length === 1 ? alts[0]! : alternation(alts);
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      items.push(this.quantified(this.atom()));
    }
    return sequence(items);
  }

  private quantified(a: Node): Node {
    const c = this.src[this.i];
    let lo: number;
    let hi: number;
    if (c === '?' || c === '*' || c === '+') {
      this.i++;
      lo = c === '+' ? 1 : 0;
      hi = c === '?' ? 1 : Number.POSITIVE_INFINITY;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) throw new Unsupported();
      this.i += m[0].length;
      lo = Number(m[1]);
      hi = m[2] === undefined ? lo : m[3] === '' ? Number.POSITIVE_INFINITY : Number(m[3]);
    } else {
      return a;
    }
    if (this.src[this.i] === '?') this.i++;
    return repeat(a, lo, hi);
  }

  private atom(): Node {
    const s = this.src;
    const c = s[this.i]!;
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '^' || c === '$') {
      this.i++;
      this.reach += 1;
      return ZERO;
    }
    if (c === '.') {
      this.i++;
      return char(false, this.width);
    }
    if (c === '\\') return this.escape();
    if (c === '*' || c === '+' || c === '?' || c === '{' || c === '}' || c === ']') throw new Unsupported();
    this.i++;
    const code = c.charCodeAt(0);
    return char(this.member(code, code), this.width);
  }

  private group(): Node {
    const s = this.src;
    let kind: 'capture' | 'plain' | 'ahead' | 'behind';
    if (s.startsWith('(?:', this.i)) {
      kind = 'plain';
      this.i += 3;
    } else if (s.startsWith('(?=', this.i) || s.startsWith('(?!', this.i)) {
      kind = 'ahead';
      this.i += 3;
    } else if (s.startsWith('(?<=', this.i) || s.startsWith('(?<!', this.i)) {
      kind = 'behind';
      this.i += 4;
    } else if (s.startsWith('(?<', this.i) || s.startsWith('(?', this.i)) {
      throw new Unsupported();
    } else {
      kind = 'capture';
      this.i += 1;
    }
    const index = kind === 'capture' ? ++this.groupCount : 0;
    const inner = this.alternation();
    if (s[this.i] !== ')') throw new Unsupported();
    this.i++;
    if (kind === 'ahead' || kind === 'behind') {
      if (!Number.isFinite(inner.max)) throw new Unsupported();
      // Summed, not maximised: a lookaround nested in another reads on from where the outer one ends.
      this.reach += inner.max;
      return ZERO;
    }
    if (kind === 'capture') {
      this.groups[index] = inner.max;
      this.groupInClass[index] = inner.allDigit;
    }
    return inner;
  }

  private escape(): Node {
    const s = this.src;
    const c = s[this.i + 1];
    if (c === undefined) throw new Unsupported();
    this.i += 2;
    if (c === 'd') return char(this.member(48, 57), 1);
    if (c === 'b' || c === 'B') {
      this.reach += 1;
      return ZERO;
    }
    if (c >= '1' && c <= '9') {
      const m = /^\d*/.exec(s.slice(this.i))!;
      this.i += m[0].length;
      const g = Number(c + m[0]);
      const w = this.groups[g];
      if (w === undefined || !Number.isFinite(w)) throw new Unsupported();
      // It repeats what its group matched (nothing when the group took no part): a run of class characters goes on
      // through it when the group holds class characters only (`\d{3}([ .])\d{2}\1\d{4}` holds 10 of digit-sep).
      return { min: 0, max: w, allDigit: this.groupInClass[g] === true, run: 0, pre: 0, suf: 0, lead: NONE };
    }
    if (c === 'u' || c === 'x') {
      const hex = c === 'u' ? 4 : 2;
      const h = s.slice(this.i, this.i + hex);
      if (!/^[0-9a-fA-F]+$/.test(h) || h.length !== hex) throw new Unsupported();
      this.i += hex;
      const code = Number.parseInt(h, 16);
      return char(this.member(code, code), this.width);
    }
    if (/[sSwWDtnrfv]/.test(c)) return char(false, this.width);
    if (/[.\\/()[\]{}|?*+^$\-·]/.test(c) || c > '\x7f') {
      const code = c.charCodeAt(0);
      return char(this.member(code, code), this.width);
    }
    throw new Unsupported();
  }

  /** A bracket class is inside the class only when each of its members is; a negated one never is. */
  private charClass(): Node {
    const s = this.src;
    this.i++;
    let negated = false;
    if (s[this.i] === '^') {
      negated = true;
      this.i++;
    }
    let inside = true;
    let first = true;
    while (s[this.i] !== ']' || first) {
      first = false;
      if (this.i >= s.length) throw new Unsupported();
      const lo = this.classAtom();
      if (s[this.i] === '-' && s[this.i + 1] !== ']' && lo !== undefined) {
        this.i++;
        const hi = this.classAtom();
        if (hi === undefined || !this.member(lo, hi)) inside = false;
        continue;
      }
      if (lo === undefined || !this.member(lo, lo)) inside = false;
    }
    this.i++;
    return char(inside && !negated, this.width);
  }

  /** One member of a bracket class: its code unit, or undefined for a set (`\d` is handled as 0-9). */
  private classAtom(): number | undefined {
    const s = this.src;
    if (s[this.i] !== '\\') return s.charCodeAt(this.i++);
    const e = s[this.i + 1];
    this.i += 2;
    if (e === 'u' || e === 'x') {
      const hex = e === 'u' ? 4 : 2;
      const h = s.slice(this.i, this.i + hex);
      if (!/^[0-9a-fA-F]+$/.test(h) || h.length !== hex) throw new Unsupported();
      this.i += hex;
      return Number.parseInt(h, 16);
    }
    if (e === 'd') {
      // A range cannot start or end at a set; report the set as not inside unless it is.
      if (s[this.i] === '-' && s[this.i + 1] !== ']') throw new Unsupported();
      return this.member(48, 57) ? 48 : undefined;
    }
    if (e === undefined || /[a-zA-Z0-9]/.test(e)) return undefined;
    return e.charCodeAt(0);
  }
}

/** Reads a pattern's source with respect to one class; undefined when the source is not understood. */
function read(re: RegExp, cls: CharClass): { n: Node; reach: number } | undefined {
  if (re.flags.includes('v')) return undefined;
  // With `u` a character may take two code units.
  const width = re.unicode ? 2 : 1;
  const member = (lo: number, hi: number): boolean => inClass(cls, lo, hi, re.ignoreCase, re.unicode);
  try {
    const reader = new Reader(re.source, width, member);
    const n = reader.parse();
    return { n, reach: reader.reach };
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}

/** The shape of a pattern with respect to one class, or undefined when its matches are unbounded or its source is not understood. */
export function patternShape(re: RegExp, cls: CharClass): PatternShape | undefined {
  const r = read(re, cls);
  if (!r || !Number.isFinite(r.n.max)) return undefined;
  const { n, reach } = r;
  const lead = n.run >= 1 ? Math.min(n.lead, n.max) : n.max;
  return { cls, run: n.run, maxLength: n.max, margin: reach + 2, lead, pre: n.pre };
}

/**
 * What every match of a pattern needs, bounded or not: `run` characters of the class in a row (0: none known) and
 * at least `minLength` code units. A text whose longest run of the class is shorter, or that is shorter, holds no
 * match. Undefined when the source is not understood.
 */
export function patternNeeds(re: RegExp, cls: CharClass): { run: number; minLength: number } | undefined {
  const r = read(re, cls);
  return r ? { run: r.n.run, minLength: r.n.min } : undefined;
}
