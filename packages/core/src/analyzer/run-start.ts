import type { CharClass } from './char-classes.js';
import { alternatives, leadingLookbehinds, members } from './edge-bounded.js';
import { patternShape } from './pattern-shape.js';

/** Every match of a pattern starts exactly `lead` code units before the start of a maximal run of at least `pre` class characters. */
export interface RunStart {
  lead: number;
  pre: number;
}

// One atom that consumes one code unit: a bracket class, an escape other than a back-reference or assertion, or a
// plain character; then an optional fixed count.
const ATOM =
  /^(?:\[(?:[^\]\\]|\\.)*\]|\\(?:u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|[dDwWsS]|[^0-9bBdDwWsSuxkpPc])|[^\\()[\]{}|*+?^$.])(?:\{(\d+)\})?(?![*+?{])/;

/**
 * Where every match of `re` starts relative to runs of the class, when that is fixed: after the pattern's leading
 * lookbehinds come `lead` code units that can never be class characters (so a run starts right after them), or
 * none but a lookbehind that rules out a class character before the match (so the match starts a run); and what
 * follows starts with a run of `pre` class characters. Then a match can only start at `run start - lead` for a
 * run at least `pre` long, and one sticky test there decides it. Undefined when the source does not say so.
 */
export function runStart(re: RegExp, cls: CharClass): RunStart | undefined {
  // Analyzers are built often (per worker, per configuration) from the same frozen patterns: read each once.
  const key = `${cls}/${re.flags}/${re.source}`;
  if (!KNOWN.has(key)) KNOWN.set(key, readRunStart(re, cls));
  return KNOWN.get(key);
}

const KNOWN = new Map<string, RunStart | undefined>();

function readRunStart(re: RegExp, cls: CharClass): RunStart | undefined {
  if (re.unicode || re.flags.includes('v')) return undefined;
  const src = re.source;
  if (alternatives(src).length !== 1) return undefined;
  const chars = members(cls);
  const flags = re.flags.replace(/[gyd]/g, '');
  const behind = leadingLookbehinds(src, re.flags, chars);
  if (!behind) return undefined;
  const fenced = behind.fenced;
  let i = behind.end;
  let lead = 0;
  for (;;) {
    const m = ATOM.exec(src.slice(i));
    if (!m) break;
    const atom = new RegExp(`^(?:${m[0].replace(/\{\d+\}$/, '')})$`, flags);
    if (chars.some((ch) => atom.test(ch))) break;
    lead += m[1] === undefined ? 1 : Number(m[1]);
    i += m[0].length;
  }
  if (lead === 0 && !fenced) return undefined;
  let rest: RegExp;
  try {
    rest = new RegExp(src.slice(i), flags);
  } catch {
    return undefined;
  }
  const shape = patternShape(rest, cls);
  if (!shape || shape.pre < 1) return undefined;
  return { lead, pre: shape.pre };
}
