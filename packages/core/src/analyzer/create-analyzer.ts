import { PiguardError } from '../errors.js';
import type { Finding, Validation } from '../finding.js';
import type { Candidate, PatternDef, Recognizer, Verdict } from '../recognizer.js';
import { builtinRecognizers } from '../recognizers/index.js';
import { classOf, isPiType, STANDARD_PROFILES } from '../taxonomy/taxonomy.js';
import type { AnalyzeCallOptions, AnalyzerOptions } from './analyzer-options.js';
import { type CompiledContext, compileContext } from './context.js';
import { contextWordIndex, type TextContextWords } from './context-words.js';
import { defaultMask } from './default-mask.js';
import { CHAR_CLASSES, type CharClass } from './char-classes.js';
import { classRuns, execAtRunStarts, execNearRuns, type Runs } from './class-runs.js';
import { edgeBounded } from './edge-bounded.js';
import { runStart } from './run-start.js';
import { lowerText } from './lower-text.js';
import { normalizeForAnalysis } from './normalize-for-analysis.js';
import { literalWords } from './prefilter-words.js';
import { longestRuns, RUNS_LENGTH } from './longest-runs.js';
import { canMatch, type Needs, needsOf } from './match-needs.js';
import { type PatternShape, patternShape } from './pattern-shape.js';
import { resolveOverlaps } from './resolve-overlaps.js';
import { selectRecognizers } from './select-recognizers.js';
import { splitWindows } from './windows.js';

/** A configured analyzer: compiled once, then applied to any number of texts. */
export interface Analyzer {
  readonly recognizers: readonly Recognizer[];
  readonly options: Readonly<Required<Pick<AnalyzerOptions, 'minScore' | 'profile'>>>;
  analyze(text: string, call?: AnalyzeCallOptions): Finding[];
}

const VALID_FLOOR = 0.85;
const CONTEXT_BOOST = 0.35;
const NEGATIVE_PENALTY = 0.35;

interface CompiledPattern {
  def: PatternDef;
  /** The analyzer's own copy: lastIndex is state, and the recogniser's object is shared and frozen. */
  re: RegExp;
  /** Set when every match holds a run long enough to index: the pattern then runs near such runs only. */
  shape?: PatternShape;
  /** The longest run of the shape's class that can hold a match's run (bounded where `edgeBounded`). */
  maxRun: number;
  /** Set when matches start at a fixed distance before a long enough run: tested there only, with this sticky copy. */
  at?: RunStarts;
  /** Without a positive context word a candidate stays below minScore (`neverValid`): context is looked up first. */
  contextFirst: boolean;
  /** What every match needs, checked against a short text's longest runs before the pattern runs (see `needsOf`). */
  needs: Needs | undefined;
}

// A text up to this long (a table cell, a field, a short message) is read once for its longest run of each class,
// and every prefilter and pattern that needs a run it lacks, or more characters than it has, is skipped (a cell of
// Han characters holds no digit, so none of the identifier patterns can match). Longer texts hold nearly every class.
const SHORT_TEXT = 1024;
// Distinct short-text profiles remembered per analyzer (more start the memo over).
const PROFILE_MEMO = 4096;

/** A sticky copy of a pattern whose matches start `lead` before a run of at least `pre` (see `runStart`). */
interface RunStarts {
  sticky: RegExp;
  lead: number;
  pre: number;
}

/** The run starts a shaped pattern can be tested at, when they are fixed and every such run is collected. */
function runStartsOf(re: RegExp, shape: PatternShape): RunStarts | undefined {
  const start = runStart(re, shape.cls);
  if (!start || start.pre < shape.run) return undefined;
  return { sticky: new RegExp(re.source, `${re.flags.replace(/[gy]/g, '')}y`), lead: start.lead, pre: start.pre };
}

// The shortest run of each class worth indexing, most selective class first: shorter runs (and long runs of
// the wider classes) occur on nearly every line of tables and logs, so indexing them saves nothing. Letters and
// digits of either case (`alnum`) are not indexed: that class flips at every word of English text, collecting its
// runs costs more than running a pattern near them saves, and only it would read 18 of a resident ID's `\d{17}[\dXx]`.
const INDEXED_RUNS: ReadonlyArray<readonly [CharClass, number]> = [
  ['digit', 5],
  ['hex', 12],
  ['digit-mask', 8],
  ['upper-alnum', 10],
  ['digit-sep', 7],
  ['mask-sep', 11],
  ['at', 1],
];

/**
 * The shape a pattern is indexed by, if any; a sticky one only matches where the last ended, so it never is. Of the
 * classes whose run is long enough to index, one whose matches start at a fixed place before a run (a sticky test
 * per run, no scan: see `runStart`) comes first, then the longest run: the longer the run a match needs, the fewer
 * runs qualify (a grouped Amex number holds 6 digits in a row, which every timestamp has, but 16 digits and
 * separators in a row; a spaced resident ID 19 digits, separators and X, which an 18-digit ID does not reach; a
 * Taiwan ID starts 10 capitals and digits). Ties go to the earlier, narrower class.
 */
function indexShape(re: RegExp): PatternShape | undefined {
  if (re.sticky) return undefined;
  let best: PatternShape | undefined;
  let bestAt = false;
  for (const [cls, min] of INDEXED_RUNS) {
    const shape = patternShape(re, cls);
    if (!shape || shape.run < min) continue;
    const at = runStartsOf(re, shape) !== undefined;
    if (!best || (at && !bestAt) || (at === bestAt && shape.run > best.run)) {
      best = shape;
      bestAt = at;
    }
  }
  return best;
}

interface Compiled {
  r: Recognizer;
  prefilterKey: number;
  patterns: CompiledPattern[];
  context?: CompiledContext;
  /** The context's key in the analyzer's context word index. */
  contextKey: number;
  /** Every pattern is tested at run starts only (cheaper than most prefilters), and there is no `find`. */
  patternsFirst: boolean;
  /** Index among the recognisers whose `find` runs ahead over a block of windows (see `FIND_BLOCK`), or -1. */
  ahead: number;
}

// A `find` recogniser with a plain prefilter runs over a block of windows at a time, before the per-window loop
// judges its candidates in the usual order: a model's weights and a lexicon's tables stay in cache across the
// block instead of being evicted by the 60 other recognisers between two windows (the Chinese name tagger cost
// about twice as much per MB with all recognisers as alone). `find` is a function of the window's text, so the
// candidates and their order are the same.
const FIND_BLOCK = 16;
/** A window where the recogniser's prefilter failed. */
const PREFILTER_MISS: readonly Candidate[] = [];

/** What judging a candidate reads besides the candidate: the text, its context words, the findings so far. */
interface JudgeScope {
  text: string;
  words: TextContextWords;
  extra: string;
  found: Finding[];
}

/**
 * The mutable state of one analysis: the current window, recogniser and pattern, read by one match callback made per
 * analysis (a closure per pattern and window was a tenth of the engine's garbage).
 */
interface Pass {
  scope: JudgeScope;
  /** Matches seen in an overlap of two windows, made on first use (a text of one window has none). */
  seen: Set<string> | undefined;
  hit: Uint8Array;
  /** Per prefilter, 2 where the text is short and cannot match it, else 0 (`hit`'s start in its one window). */
  shortMiss: Uint8Array;
  /** The longest runs of a short text (see `longestRuns`). */
  shortRuns: Int32Array;
  /** Per run-ahead recogniser and window of a block, its candidates (see `analyze`). */
  aheadCands: Array<readonly Candidate[] | undefined>;
  slice: string;
  offset: number;
  /** The text is short: `shortRuns` holds its longest runs. */
  short: boolean;
  /** Candidates of the current window's `find` when it ran ahead, else undefined. */
  ahead: readonly Candidate[] | undefined;
  dedupeUntil: number;
  recordFrom: number;
  windowRuns: Map<CharClass, Runs> | undefined;
  c: Compiled | undefined;
  p: PatternDef | undefined;
  g: number;
  contextFirst: boolean;
  /** A prefilter to test on the recogniser's first match in the window (-1: none, or already known to hit). */
  confirmKey: number;
  refused: boolean;
  matched: boolean;
  take: (m: RegExpExecArray, index: number) => boolean;
  stop: () => boolean;
}

function verdictOf(v: Verdict | Validation): Verdict {
  return typeof v === 'string' ? { validation: v } : v;
}

/** Builds an analyzer; throws E_CONFIG_INVALID on bad options. */
export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  const minScore = options.minScore ?? 0.5;
  const profile = options.profile ?? 'gb45574';
  if (!(minScore >= 0 && minScore <= 1)) throw new PiguardError('E_CONFIG_INVALID', `minScore must be in 0..1, got ${minScore}`);
  if (!STANDARD_PROFILES.includes(profile)) throw new PiguardError('E_CONFIG_INVALID', `unknown profile: ${profile}`);
  const all = options.recognizers ?? builtinRecognizers;
  for (const r of all) {
    if (!isPiType(r.meta.piType)) throw new PiguardError('E_CONFIG_INVALID', `${r.meta.id}: unknown piType ${r.meta.piType}`);
  }
  const { recognizers, accept } = selectRecognizers(all, options.types);
  const now = options.now ?? new Date();
  const allowValues = new Set(options.allowList?.values ?? []);
  const allowPatterns = options.allowList?.patterns ?? [];

  // Recognisers that share a prefilter test it once per window; one that needs a long run is tested near
  // such runs only, through a global copy.
  const prefilters: RegExp[] = [];
  const prefilterNear: Array<{ re: RegExp; shape: PatternShape; at?: RunStarts } | undefined> = [];
  const prefilterIndex = new Map<string, number>();
  // Per prefilter, the key in the context word index of words one of which each of its matches holds, or -1: a
  // window without any is a miss, known from the one pass for context words instead of a regex scan of the window.
  const prefilterGate: number[] = [];
  const prefilterNeeds: Array<Needs | undefined> = [];
  // The shortest run of each class that some indexed pattern or prefilter needs: shorter runs are not collected.
  const minRun = new Map<CharClass, number>();
  const index = (shape: PatternShape): void => {
    minRun.set(shape.cls, Math.min(minRun.get(shape.cls) ?? shape.run, shape.run));
  };
  const contextWords = contextWordIndex();
  let aheadCount = 0;
  const gateOf = (r: Recognizer, stateless: boolean): number => {
    const gate = stateless ? (r.prefilterWords ?? literalWords(r.prefilter)) : undefined;
    if (!gate || gate.length === 0 || gate.includes('')) return -1;
    return contextWords.add(compileContext({ words: gate, before: 0, after: 0 }));
  };
  const compiled: Compiled[] = recognizers.map((r) => {
    const key = `${r.prefilter.source}/${r.prefilter.flags}`;
    let idx = prefilterIndex.get(key);
    if (idx === undefined) {
      idx = prefilters.length;
      prefilters.push(r.prefilter);
      const stateless = !r.prefilter.global && !r.prefilter.sticky;
      const shape = stateless ? indexShape(r.prefilter) : undefined;
      if (shape) index(shape);
      const at = shape ? runStartsOf(r.prefilter, shape) : undefined;
      prefilterNear.push(shape ? { re: new RegExp(r.prefilter.source, `${r.prefilter.flags}g`), shape, ...(at ? { at } : {}) } : undefined);
      prefilterGate.push(shape ? -1 : gateOf(r, stateless));
      // A prefilter with state (global, sticky) is left to its own test: skipping it would keep its lastIndex.
      prefilterNeeds.push(stateless ? needsOf(r.prefilter) : undefined);
      prefilterIndex.set(key, idx);
    }
    const patterns = (r.patterns ?? []).map((def): CompiledPattern => {
      const re = new RegExp(def.regex.source, def.regex.flags);
      // The score judging gives such a candidate without context words, rounded as there.
      const contextFirst = def.neverValid === true && Math.round(def.score * 100) / 100 < minScore;
      const needs = needsOf(re);
      const shape = indexShape(re);
      if (!shape) return { def, re, maxRun: Number.POSITIVE_INFINITY, contextFirst, needs };
      index(shape);
      const maxRun = edgeBounded(re, shape.cls) ? shape.maxLength : Number.POSITIVE_INFINITY;
      const at = runStartsOf(re, shape);
      return at ? { def, re, shape, maxRun, at, contextFirst, needs } : { def, re, shape, maxRun, contextFirst, needs };
    });
    const patternsFirst = !r.find && patterns.length > 0 && patterns.every((p) => p.at !== undefined);
    // Only a stateless, unindexed prefilter is tested ahead: a plain test of the window, the same answer later.
    const plain = prefilterNear[idx] === undefined && !r.prefilter.global && !r.prefilter.sticky;
    const ahead = r.find && plain ? aheadCount++ : -1;
    if (!r.context) return { r, prefilterKey: idx, patterns, contextKey: -1, patternsFirst, ahead };
    const context = compileContext(r.context);
    return { r, prefilterKey: idx, patterns, context, contextKey: contextWords.add(context), patternsFirst, ahead };
  });
  const runAhead = compiled.filter((c) => c.ahead >= 0);

  /** The windows' class runs, found on first use in each window. */
  function runsOf(pass: Pass, cls: CharClass): Runs {
    pass.windowRuns ??= classRuns(pass.slice, minRun);
    return pass.windowRuns.get(cls)!;
  }

  /**
   * One pattern match of the current recogniser and pattern (`pass.c`, `pass.p`) in the current window: judged at
   * once, its finding appended in match order. Windows overlap only after a hard cut inside a huge line: a match seen
   * in the previous window's overlap is skipped (`dedupeUntil`: where that overlap ends; `recordFrom`: where the
   * next window's overlap starts, so only matches there are remembered). Returns true to stop the pattern's loop.
   */
  function takeMatch(pass: Pass, m: RegExpExecArray, index: number): boolean {
    if (pass.confirmKey >= 0) {
      // The recogniser's prefilter, tested on its first match: a window where it fails gives nothing.
      const key = pass.confirmKey;
      if (pass.hit[key] === 0) pass.hit[key] = prefilterHit(pass, key) ? 1 : 2;
      if (pass.hit[key] === 2) {
        pass.refused = true;
        return true;
      }
      pass.confirmKey = -1;
    }
    const value = m[pass.g];
    if (value === undefined) return false;
    const start = pass.offset + index + (pass.g === 0 ? 0 : m[0].indexOf(value));
    const p = pass.p!;
    const c = pass.c!;
    if (start < pass.dedupeUntil || start >= pass.recordFrom) {
      const key = `${c.r.meta.id}:${p.name}:${start}:${value.length}`;
      pass.seen ??= new Set<string>();
      if (pass.seen.has(key)) return false;
      pass.seen.add(key);
    }
    if (pass.contextFirst) {
      // Its score can reach minScore only with a positive context word (the recogniser declares its validator never
      // says 'valid' for this pattern), so where there is none the validator is not called.
      const { words, extra } = pass.scope;
      if (c.contextKey < 0 || !words.hasPositive(c.contextKey, start, start + value.length, extra)) return false;
    }
    const f = judge(c, { value, start, end: start + value.length, pattern: p.name, baseScore: p.score }, pass.scope);
    if (f) pass.scope.found.push(f);
    return false;
  }

  /** Judges the candidates of one recogniser in the current window as they are found. */
  function judgeWindow(pass: Pass, c: Compiled): void {
    const text = pass.slice;
    pass.c = c;
    pass.refused = false;
    if (c.r.find) {
      for (const cand of pass.ahead ?? c.r.find(text)) {
        const f = judge(c, { ...cand, start: cand.start + pass.offset, end: cand.end + pass.offset }, pass.scope);
        if (f) pass.scope.found.push(f);
      }
    }
    const take = pass.take;
    for (const { def: p, re, shape, maxRun, at, contextFirst, needs } of c.patterns) {
      if (pass.short && needs && !canMatch(needs, text.length, pass.shortRuns)) continue;
      pass.p = p;
      pass.g = p.group ?? 0;
      pass.contextFirst = contextFirst;
      // A short text is scanned whole: the run index costs more to build than it saves there, and it gives the
      // matches a scan of the whole text gives (see `execNearRuns`).
      if (at && shape && !pass.short) {
        execAtRunStarts(at.sticky, at.lead, at.pre, text, runsOf(pass, shape.cls), take, maxRun);
      } else if (shape && !pass.short) {
        execNearRuns(re, shape, text, runsOf(pass, shape.cls), take, maxRun);
      } else {
        re.lastIndex = 0;
        for (let m = re.exec(text); m !== null; m = re.exec(text)) {
          if (m[0].length === 0) {
            re.lastIndex++;
            continue;
          }
          if (take(m, m.index)) break;
        }
      }
      if (pass.refused) return;
    }
  }

  /** False when prefilter `i` cannot match in [start, end): none of the words its matches hold occurs there. */
  function gatePasses(words: TextContextWords, i: number, start: number, end: number): boolean {
    const gate = prefilterGate[i]!;
    return gate < 0 || words.mayHave(gate, start, end, '');
  }

  /** Whether prefilter `i` matches in the current window (tested near long enough runs where it is indexed). */
  function prefilterHit(pass: Pass, i: number): boolean {
    const near = prefilterNear[i];
    if (!near || pass.short)
      return gatePasses(pass.scope.words, i, pass.offset, pass.offset + pass.slice.length) && prefilters[i]!.test(pass.slice);
    pass.matched = false;
    const runs = runsOf(pass, near.shape.cls);
    if (near.at) execAtRunStarts(near.at.sticky, near.at.lead, near.at.pre, pass.slice, runs, pass.stop);
    else execNearRuns(near.re, near.shape, pass.slice, runs, pass.stop);
    return pass.matched;
  }

  let idle: Pass | undefined;
  let lastContext = '';
  let lastExtra = '';

  function newPass(): Pass {
    const pass: Pass = {
      scope: { text: '', words: contextWords.forText(lowerText('')), extra: '', found: [] },
      seen: undefined,
      // Per window and prefilter: 0 not tested yet, 1 hit, 2 miss. A prefilter is tested only when a recogniser
      // that could still find something needs it (a context-bound one without its words nearby does not).
      hit: new Uint8Array(prefilters.length),
      shortMiss: new Uint8Array(prefilters.length),
      shortRuns: new Int32Array(RUNS_LENGTH),
      aheadCands: new Array(runAhead.length * FIND_BLOCK),
      slice: '',
      offset: 0,
      short: false,
      ahead: undefined,
      dedupeUntil: 0,
      recordFrom: Number.POSITIVE_INFINITY,
      windowRuns: undefined,
      c: undefined,
      p: undefined,
      g: 0,
      contextFirst: false,
      confirmKey: -1,
      refused: false,
      matched: false,
      take: (m, index) => takeMatch(pass, m, index),
      stop: () => {
        pass.matched = true;
        return true;
      },
    };
    return pass;
  }

  // Per profile of a short text (its longest run of each class, its length up to the longest any prefilter needs),
  // the prefilters it cannot match: cells of a column share a few profiles, so the needs are checked once for each.
  // The profile is a number: the length and each run capped at the most any prefilter needs, in mixed radix.
  const missByProfile = new Map<number, Uint8Array>();
  const longestNeed = Math.max(0, ...prefilterNeeds.map((n) => n?.minLength ?? 0));
  const runCap = CHAR_CLASSES.map((_, j) => {
    let cap = 0;
    for (const n of prefilterNeeds)
      for (let i = 0; n && i < n.runs.length; i += 2) if (n.runs[i] === j) cap = Math.max(cap, n.runs[i + 1]!);
    return cap;
  });
  // Recognisers needing very long runs of every class would overflow the key: then each text is checked on its own.
  const memoize = runCap.reduce((p, c) => p * (c + 1), longestNeed + 1) <= Number.MAX_SAFE_INTEGER;
  function shortMissOf(text: string, pass: Pass): void {
    const runs = pass.shortRuns;
    longestRuns(text, runs);
    let key = Math.min(text.length, longestNeed);
    for (let j = 0; j < CHAR_CLASSES.length; j++) key = key * (runCap[j]! + 1) + Math.min(runs[j]!, runCap[j]!);
    let miss = memoize ? missByProfile.get(key) : undefined;
    if (miss === undefined) {
      miss = new Uint8Array(prefilters.length);
      for (let i = 0; i < prefilters.length; i++) {
        const needs = prefilterNeeds[i];
        if (needs && !canMatch(needs, text.length, runs)) miss[i] = 2;
      }
      if (missByProfile.size >= PROFILE_MEMO) missByProfile.clear();
      if (memoize) missByProfile.set(key, miss);
    }
    pass.shortMiss.set(miss);
  }

  function analyze(original: string, call: AnalyzeCallOptions = {}): Finding[] {
    if (original.length === 0) return [];
    const norm = normalizeForAnalysis(original);
    const text = norm.text;
    const lower = lowerText(text);
    const words = contextWords.forText(lower);
    const context = call.context ?? '';
    // Cells of a column share its name: lower-cased once while it repeats.
    if (context !== lastContext) {
      lastContext = context;
      lastExtra = context.toLowerCase();
    }
    const extra = lastExtra;
    // The state of the last analysis is reused (a table scan makes millions of calls); a call made while another
    // runs (a recogniser analysing text itself) gets its own.
    const pass = idle ?? newPass();
    idle = undefined;
    pass.scope = { text, words, extra, found: [] };
    pass.seen?.clear();
    pass.slice = text;
    pass.offset = 0;
    pass.short = text.length <= SHORT_TEXT;
    pass.ahead = undefined;
    pass.windowRuns = undefined;
    pass.confirmKey = -1;
    const hit = pass.hit;
    const shortMiss = pass.shortMiss;
    if (pass.short) shortMissOf(text, pass);
    else shortMiss.fill(0);
    const windows = splitWindows(text);
    const slices: string[] = [];
    // ahead[k * FIND_BLOCK + j]: candidates of run-ahead recogniser k in window j of the block (undefined: skipped
    // for want of context, left to the loop, which skips it too).
    const ahead = pass.aheadCands;
    let previousEnd = 0;
    for (let b0 = 0; b0 < windows.length; b0 += FIND_BLOCK) {
      const b1 = Math.min(windows.length, b0 + FIND_BLOCK);
      for (let wi = b0; wi < b1; wi++) {
        const w = windows[wi]!;
        slices[wi - b0] = w.start === 0 && w.end === text.length ? text : text.slice(w.start, w.end);
      }
      for (const c of runAhead) {
        const base = c.ahead * FIND_BLOCK;
        const pre = prefilters[c.prefilterKey]!;
        for (let wi = b0; wi < b1; wi++) {
          const w = windows[wi]!;
          const slice = slices[wi - b0]!;
          if (shortMiss[c.prefilterKey] === 2) ahead[base + wi - b0] = PREFILTER_MISS;
          else if (c.context?.required && !words.mayHave(c.contextKey, w.start, w.end, extra)) ahead[base + wi - b0] = undefined;
          else
            ahead[base + wi - b0] =
              gatePasses(words, c.prefilterKey, w.start, w.end) && pre.test(slice) ? c.r.find!(slice) : PREFILTER_MISS;
        }
      }
      for (let wi = b0; wi < b1; wi++) {
        const w = windows[wi]!;
        pass.recordFrom = wi + 1 < windows.length ? windows[wi + 1]!.start : Number.POSITIVE_INFINITY;
        pass.slice = slices[wi - b0]!;
        pass.offset = w.start;
        pass.dedupeUntil = previousEnd;
        pass.windowRuns = undefined;
        // Prefilters a short text cannot match are known misses (a long text's are all untested).
        hit.set(shortMiss);
        for (const c of compiled) {
          const key = c.prefilterKey;
          // A known prefilter miss (a short text's most often) settles it before any context is looked for.
          if (hit[key] === 2) continue;
          // A recogniser that needs context finds nothing in a window without any of its words nearby.
          if (c.context?.required && !words.mayHave(c.contextKey, w.start, w.end, extra)) continue;
          if (c.ahead >= 0) {
            const at = c.ahead * FIND_BLOCK + wi - b0;
            const cands = ahead[at]!;
            // Released as taken (the array is reused by the next call; every entry set is taken here).
            ahead[at] = undefined;
            // Its prefilter was tested ahead: a miss is an empty list that is not the recogniser's own.
            if (hit[key] === 0) hit[key] = cands === PREFILTER_MISS ? 2 : 1;
            if (cands === PREFILTER_MISS) continue;
            pass.ahead = cands;
            judgeWindow(pass, c);
            pass.ahead = undefined;
            continue;
          }
          let h = hit[key]!;
          if (h === 0 && c.patternsFirst) {
            // Its patterns cost less than its prefilter: they run first, and the prefilter is tested on the first
            // match (a window where it fails gives nothing, as if the patterns had not run).
            pass.confirmKey = key;
            judgeWindow(pass, c);
            pass.confirmKey = -1;
            continue;
          }
          if (h === 0) {
            h = prefilterHit(pass, key) ? 1 : 2;
            hit[key] = h;
          }
          if (h === 2) continue;
          judgeWindow(pass, c);
        }
        previousEnd = w.end;
      }
    }
    const found = pass.scope.found;
    idle = pass;
    const out: Finding[] = [];
    for (const f of resolveOverlaps(found)) {
      if (f.score < minScore || !accept(f)) continue;
      const [start, end] = norm.span(f.start, f.end);
      const value = original.slice(start, end);
      if (allowValues.has(value) || allowValues.has(f.value) || allowPatterns.some((p) => p.test(value))) continue;
      // Text without characters that normalisation changes (most) maps every span onto itself: no copy then.
      out.push(start === f.start && end === f.end && value === f.value ? f : { ...f, start, end, value });
    }
    return out;
  }

  function judge(c: Compiled, cand: Candidate, scope: JudgeScope): Finding | undefined {
    const { text, words, extra } = scope;
    const r = c.r;
    // Whichever test is likelier to reject runs first: context for context-bound recognisers (most of their
    // candidates have none), validation for the others (most of their rejects fail a checksum).
    // A reject here allocates nothing: the word lists are built only for a candidate that passes validation too.
    if (c.context?.required && !words.hasPositive(c.contextKey, cand.start, cand.end, extra)) return undefined;
    const answer = r.validate ? r.validate(cand.value, { text, candidate: cand, now, context: extra }) : 'unchecked';
    // Most candidates are rejected: a bare 'invalid' needs no verdict object.
    if (answer === 'invalid') return undefined;
    const verdict = verdictOf(answer);
    if (verdict.validation === 'invalid') return undefined;
    const hits = c.context ? words.find(c.contextKey, cand.start, cand.end, extra) : undefined;
    const contextWords = hits?.positive ?? [];
    const negativeWords = hits?.negative ?? [];
    let score = verdict.validation === 'valid' ? Math.max(cand.baseScore, VALID_FLOOR) : cand.baseScore;
    if (contextWords.length > 0) score += CONTEXT_BOOST;
    else if (negativeWords.length > 0) score -= NEGATIVE_PENALTY;
    if (verdict.score !== undefined) score = verdict.score;
    score = Math.round(Math.max(0, Math.min(1, score)) * 100) / 100;
    // Below the threshold it would be dropped after overlap resolution, where it can never win against a finding
    // that is kept (a lower score loses): no mask and no finding object for it.
    if (score < minScore) return undefined;
    const piType = verdict.piType ?? r.meta.piType;
    const attributes = verdict.attributes ?? {};
    const cls = attributes.minor ? 'sensitive' : classOf(piType, profile);
    return {
      piType,
      entity: verdict.entity ?? r.meta.entity,
      class: cls,
      score,
      state: verdict.state ?? 'exposed',
      start: cand.start,
      end: cand.end,
      value: cand.value,
      masked: (r.mask ?? defaultMask)(cand.value),
      attributes,
      explanation: {
        recognizer: r.meta.id,
        pattern: cand.pattern,
        baseScore: cand.baseScore,
        validation: verdict.validation,
        contextWords,
        negativeWords,
        ...(verdict.notes ? { notes: verdict.notes } : {}),
      },
    };
  }

  return Object.freeze({ recognizers, options: Object.freeze({ minScore, profile }), analyze });
}

let defaultAnalyzer: Analyzer | undefined;

/** Finds PI in a string with the built-in recognisers; pass options to configure (a new analyzer is built then). */
export function analyze(text: string, options?: AnalyzerOptions): Finding[] {
  if (options) return createAnalyzer(options).analyze(text);
  defaultAnalyzer ??= createAnalyzer();
  return defaultAnalyzer.analyze(text);
}
