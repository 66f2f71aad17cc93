// A frozen copy of create-analyzer.ts from before the digit-run index (commit 139ce09), kept only as the test oracle.
import { PiguardError } from '../src/errors.js';
import type { Finding, Validation } from '../src/finding.js';
import type { Candidate, PatternDef, Recognizer, Verdict } from '../src/recognizer.js';
import { builtinRecognizers } from '../src/recognizers/index.js';
import { classOf, isPiType, STANDARD_PROFILES } from '../src/taxonomy/taxonomy.js';
import type { AnalyzeCallOptions, AnalyzerOptions } from '../src/analyzer/analyzer-options.js';
import { type CompiledContext, compileContext, findContext, mayHaveContext } from '../src/analyzer/context.js';
import { defaultMask } from '../src/analyzer/default-mask.js';
import { type LowerText, lowerText } from '../src/analyzer/lower-text.js';
import { normalizeForAnalysis } from '../src/analyzer/normalize-for-analysis.js';
import { resolveOverlaps } from '../src/analyzer/resolve-overlaps.js';
import { selectRecognizers } from '../src/analyzer/select-recognizers.js';
import { splitWindows } from '../src/analyzer/windows.js';

/** The analyzer as it was before the digit-run index: the reference the equivalence test compares with. */
interface Analyzer {
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
}

interface Compiled {
  r: Recognizer;
  prefilterKey: number;
  patterns: CompiledPattern[];
  context?: CompiledContext;
}

function verdictOf(v: Verdict | Validation): Verdict {
  return typeof v === 'string' ? { validation: v } : v;
}

/** Builds an analyzer; throws E_CONFIG_INVALID on bad options. */
export function createReferenceAnalyzer(options: AnalyzerOptions = {}): Analyzer {
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

  // Recognisers that share a prefilter test it once per window.
  const prefilters: RegExp[] = [];
  const prefilterIndex = new Map<string, number>();
  const compiled: Compiled[] = recognizers.map((r) => {
    const key = `${r.prefilter.source}/${r.prefilter.flags}`;
    let idx = prefilterIndex.get(key);
    if (idx === undefined) {
      idx = prefilters.length;
      prefilters.push(r.prefilter);
      prefilterIndex.set(key, idx);
    }
    const patterns = (r.patterns ?? []).map((def) => ({ def, re: new RegExp(def.regex.source, def.regex.flags) }));
    return { r, prefilterKey: idx, patterns, ...(r.context ? { context: compileContext(r.context) } : {}) };
  });

  /**
   * Candidates of one recogniser in one window. Windows overlap only after a hard cut inside a huge line:
   * a pattern match seen in the previous window's overlap is skipped (`dedupeFrom`: where that overlap
   * ends; `recordFrom`: where the next window's overlap starts, so only matches there are remembered).
   */
  function candidatesOf(
    c: Compiled,
    text: string,
    offset: number,
    seen: Set<string>,
    dedupeUntil: number,
    recordFrom: number,
  ): Candidate[] {
    const out: Candidate[] = [];
    if (c.r.find) {
      for (const cand of c.r.find(text)) out.push({ ...cand, start: cand.start + offset, end: cand.end + offset });
    }
    for (const { def: p, re } of c.patterns) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const g = p.group ?? 0;
        const value = m[g];
        if (value === undefined) continue;
        const start = offset + m.index + (g === 0 ? 0 : m[0].indexOf(value));
        if (start < dedupeUntil || start >= recordFrom) {
          const key = `${c.r.meta.id}:${p.name}:${start}:${value.length}`;
          if (seen.has(key)) continue;
          seen.add(key);
        }
        out.push({ value, start, end: start + value.length, pattern: p.name, baseScore: p.score });
      }
    }
    return out;
  }

  function analyze(original: string, call: AnalyzeCallOptions = {}): Finding[] {
    if (original.length === 0) return [];
    const norm = normalizeForAnalysis(original);
    const text = norm.text;
    const lower = lowerText(text);
    const extra = (call.context ?? '').toLowerCase();
    const found: Finding[] = [];
    const seen = new Set<string>();
    const hit = new Array<boolean>(prefilters.length);
    const windows = splitWindows(text);
    let previousEnd = 0;
    for (let wi = 0; wi < windows.length; wi++) {
      const w = windows[wi]!;
      const nextStart = wi + 1 < windows.length ? windows[wi + 1]!.start : Number.POSITIVE_INFINITY;
      const slice = w.start === 0 && w.end === text.length ? text : text.slice(w.start, w.end);
      for (let i = 0; i < prefilters.length; i++) hit[i] = prefilters[i]!.test(slice);
      for (const c of compiled) {
        if (!hit[c.prefilterKey]) continue;
        // A recogniser that needs context finds nothing in a window without any of its words nearby.
        if (c.context?.required && !mayHaveContext(lower, w.start, w.end, c.context, extra)) continue;
        for (const cand of candidatesOf(c, slice, w.start, seen, previousEnd, nextStart)) {
          const f = judge(c, cand, text, lower, extra);
          if (f) found.push(f);
        }
      }
      previousEnd = w.end;
    }
    const out: Finding[] = [];
    for (const f of resolveOverlaps(found)) {
      if (f.score < minScore || !accept(f)) continue;
      const [start, end] = norm.span(f.start, f.end);
      const value = original.slice(start, end);
      if (allowValues.has(value) || allowValues.has(f.value) || allowPatterns.some((p) => p.test(value))) continue;
      out.push({ ...f, start, end, value });
    }
    return out;
  }

  function judge(c: Compiled, cand: Candidate, text: string, lower: LowerText, extra: string): Finding | undefined {
    const r = c.r;
    // Whichever test is likelier to reject runs first: context for context-bound recognisers (most of their
    // candidates have none), validation for the others (most of their rejects fail a checksum).
    let hits = c.context?.required ? findContext(lower, cand.start, cand.end, c.context, extra) : undefined;
    if (hits && hits.positive.length === 0) return undefined;
    const verdict = r.validate
      ? verdictOf(r.validate(cand.value, { text, candidate: cand, now, context: extra }))
      : { validation: 'unchecked' as const };
    if (verdict.validation === 'invalid') return undefined;
    if (c.context && !hits) hits = findContext(lower, cand.start, cand.end, c.context, extra);
    const contextWords = hits?.positive ?? [];
    const negativeWords = hits?.negative ?? [];
    let score = verdict.validation === 'valid' ? Math.max(cand.baseScore, VALID_FLOOR) : cand.baseScore;
    if (contextWords.length > 0) score += CONTEXT_BOOST;
    else if (negativeWords.length > 0) score -= NEGATIVE_PENALTY;
    if (verdict.score !== undefined) score = verdict.score;
    score = Math.round(Math.max(0, Math.min(1, score)) * 100) / 100;
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
