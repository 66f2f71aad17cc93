import { PiguardError } from '../errors.js';
import type { Finding, Validation } from '../finding.js';
import type { Candidate, Recognizer, Verdict } from '../recognizer.js';
import { builtinRecognizers } from '../recognizers/index.js';
import { normalizeText } from '../text/normalize.js';
import { classOf, isPiType, STANDARD_PROFILES } from '../taxonomy/taxonomy.js';
import type { AnalyzeCallOptions, AnalyzerOptions } from './analyzer-options.js';
import { compileContext, findContext } from './context.js';
import { defaultMask } from './default-mask.js';
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

interface Compiled {
  r: Recognizer;
  prefilterKey: number;
  context?: { words: string[]; negative: string[] };
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
    return { r, prefilterKey: idx, ...(r.context ? { context: compileContext(r.context) } : {}) };
  });

  function candidatesOf(c: Compiled, text: string, offset: number, seen: Set<string>): Candidate[] {
    const out: Candidate[] = [];
    if (c.r.find) {
      for (const cand of c.r.find(text)) out.push({ ...cand, start: cand.start + offset, end: cand.end + offset });
    }
    for (const p of c.r.patterns ?? []) {
      const re = new RegExp(p.regex.source, p.regex.flags); // a private copy: lastIndex is shared state
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const g = p.group ?? 0;
        const value = m[g];
        if (value === undefined) continue;
        const start = offset + m.index + (g === 0 ? 0 : m[0].indexOf(value));
        const key = `${c.r.meta.id}:${p.name}:${start}:${value.length}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ value, start, end: start + value.length, pattern: p.name, baseScore: p.score });
      }
    }
    return out;
  }

  function analyze(original: string, call: AnalyzeCallOptions = {}): Finding[] {
    if (original.length === 0) return [];
    const norm = normalizeText(original);
    const text = norm.text;
    const extra = (call.context ?? '').toLowerCase();
    const found: Finding[] = [];
    const seen = new Set<string>();
    const hit = new Array<boolean>(prefilters.length);
    for (const w of splitWindows(text)) {
      const slice = w.start === 0 && w.end === text.length ? text : text.slice(w.start, w.end);
      for (let i = 0; i < prefilters.length; i++) hit[i] = prefilters[i]!.test(slice);
      for (const c of compiled) {
        if (!hit[c.prefilterKey]) continue;
        for (const cand of candidatesOf(c, slice, w.start, seen)) {
          const f = judge(c, cand, text, extra);
          if (f) found.push(f);
        }
      }
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

  function judge(c: Compiled, cand: Candidate, text: string, extra: string): Finding | undefined {
    const r = c.r;
    const verdict = r.validate ? verdictOf(r.validate(cand.value, { text, candidate: cand, now, context: extra })) : { validation: 'unchecked' as const };
    if (verdict.validation === 'invalid') return undefined;
    let score = verdict.validation === 'valid' ? Math.max(cand.baseScore, VALID_FLOOR) : cand.baseScore;
    let contextWords: string[] = [];
    let negativeWords: string[] = [];
    if (r.context && c.context) {
      const hits = findContext(text, cand.start, cand.end, c.context, r.context, extra);
      contextWords = hits.positive;
      negativeWords = hits.negative;
      if (r.context.required && contextWords.length === 0) return undefined;
      if (contextWords.length > 0) score += CONTEXT_BOOST;
      else if (negativeWords.length > 0) score -= NEGATIVE_PENALTY;
    }
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

let defaultAnalyzer: Analyzer | undefined;

/** Finds PI in a string with the built-in recognisers; pass options to configure (a new analyzer is built then). */
export function analyze(text: string, options?: AnalyzerOptions): Finding[] {
  if (options) return createAnalyzer(options).analyze(text);
  defaultAnalyzer ??= createAnalyzer();
  return defaultAnalyzer.analyze(text);
}
